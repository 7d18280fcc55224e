#!/usr/bin/env python3
"""Builds training/roles/corpus.tsv (label<TAB>text) for the JobTagger role classifier.

Parts, in order:
  1. handwritten/{coo,ceo,neutral}.txt  - whole statements written by hand for JobTagger;
  2. handwritten/titles.tsv             - job titles and variants (label<TAB>title), written with their
                                          decorated variants (part 4) to titles.tsv, which training reads as
                                          statements too and calibration uses as posting titles;
  3. composed statements                - the fragment tables below (verb x object x context x frame),
                                          sampled with a FIXED seed so the corpus is reproducible;
  4. composed title variants            - base titles with seniority, location and format decorations.
Every line is normalised for duplicate detection (lower case, letters and digits only); the first copy wins.
Run:  python3 training/roles/compose.py   (writes corpus.tsv and titles.tsv here; same output every run)
"""
import os
import random
import re

SEED = 20261127
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)

# ---- COO-like fragments: execution, processes, budgets, resources, departments --------------------------
COO_VERBS = [("Oversee", "overseeing"), ("Manage", "managing"), ("Run", "running"), ("Coordinate", "coordinating"),
             ("Streamline", "streamlining"), ("Improve", "improving"), ("Supervise", "supervising"),
             ("Maintain", "maintaining"), ("Monitor", "monitoring"), ("Administer", "administering"),
             ("Optimize", "optimizing"), ("Standardize", "standardizing"), ("Implement", "implementing"),
             ("Track", "tracking"), ("Direct", "directing"), ("Organize", "organizing"), ("Own", "owning"),
             ("Plan and schedule", "planning and scheduling"), ("Audit", "auditing"), ("Execute", "executing")]
COO_OBJECTS = [
    "day-to-day operations", "daily operations", "the operating budget", "departmental budgets",
    "standard operating procedures", "internal processes and workflows", "staffing and shift schedules",
    "vendor relationships and contracts", "procurement and purchasing", "inventory and stock levels",
    "facilities and building maintenance", "logistics and distribution", "warehouse operations",
    "payroll and benefits administration", "HR operations and onboarding", "accounts payable and receivable",
    "month-end close and financial reporting", "operational KPIs and dashboards", "quality control",
    "health and safety compliance", "regulatory compliance of operations", "policies and procedures",
    "resource allocation across departments", "production schedules", "plant operations",
    "the customer service team", "office administration", "IT systems and software licences",
    "fleet and dispatch operations", "the supply chain", "order fulfillment", "service delivery",
    "capacity planning", "cost control and expense management", "cash flow and bookkeeping",
    "grant compliance and reporting", "contract administration", "scheduling of staff and resources",
    "equipment maintenance and inspections", "process documentation", "the annual audit",
    "operational risk and business continuity plans", "project timelines and deliverables",
    "the back office", "the operations team", "internal controls", "labor costs and productivity",
    "key operational metrics", "patient scheduling and intake", "store operations", "site operations",
    "the execution of the strategic plan", "cross-functional projects", "efficiency improvements",
    "continuous improvement initiatives", "operational workflows", "insurance, permits and licences",
    "data entry and record keeping", "the help desk and technology support", "event logistics",
]
COO_CONTEXTS = [
    "", "", "", " across all locations", " for our three warehouses", " at the manufacturing plant",
    " across the clinic network", " for the retail stores in the region", " across departments",
    " so that teams can focus on programs", " to keep the business running smoothly", " within budget",
    " on a daily and weekly basis", " in line with company policies", " to meet service-level targets",
    " for a 150-person nonprofit", " at our distribution center", " for the hospital's outpatient services",
    " for a fast-growing software company", " for the branch network", " across the county offices",
    " to improve efficiency and reduce costs", " in partnership with department heads",
    " in close collaboration with the CEO", " and report results to the leadership team",
    " for the finance and administration function", " to support program staff",
    " and ensure deadlines are met", " with a focus on quality and accuracy", " at the restaurant",
]
COO_FRAMES = [
    "{V} {o}{c}.", "{V} {o}{c}", "- {V} {o}{c}", "{G_cap} {o}{c}.", "Responsible for {g} {o}{c}.",
    "You will {v} {o}{c}.", "The {title} will {v} {o}{c}.", "Ensure efficient {o}{c}.",
    "Accountable for {o}{c}.", "Work with department heads to {v} {o}{c}.", "Day-to-day responsibility for {o}{c}.",
    "This role will {v} {o}{c}.", "Lead the team that manages {o}{c}.", "Keep {o} running efficiently{c}.",
]
COO_TITLES = ["Operations Manager", "Director of Operations", "COO", "Chief Operating Officer", "VP of Operations",
              "Operations Director", "Head of Operations", "General Manager", "Office Manager", "Plant Manager",
              "Director of Finance and Operations"]

# ---- CEO-like fragments: vision, strategy, stakeholders, capital, growth, external face ---------------------
CEO_VERBS = [("Set", "setting"), ("Shape", "shaping"), ("Define", "defining"), ("Lead", "leading"),
             ("Drive", "driving"), ("Champion", "championing"), ("Articulate", "articulating"),
             ("Cultivate", "cultivating"), ("Build", "building"), ("Steward", "stewarding"),
             ("Advance", "advancing"), ("Guide", "guiding"), ("Develop", "developing"),
             ("Own", "owning"), ("Chart", "charting"), ("Strengthen", "strengthening"), ("Grow", "growing"),
             ("Represent", "representing"), ("Secure", "securing"), ("Oversee", "overseeing")]
CEO_OBJECTS = [
    "the vision and mission of the organization", "the long-term strategic direction",
    "the company's growth strategy", "relationships with investors and shareholders",
    "the relationship with the board of directors", "board governance and engagement",
    "fundraising and donor relationships", "major gifts and foundation partnerships",
    "strategic partnerships and alliances", "mergers and acquisitions", "expansion into new markets",
    "the organization's public profile", "external relations with government and media",
    "the company culture and values", "the multi-year strategic plan", "the long-range financial sustainability",
    "capital raising and investor relations", "enterprise risk at the highest level",
    "the brand and reputation of the company", "coalitions with partner organizations",
    "the organization's advocacy and policy agenda", "a diverse funding base", "the overall P&L of the business",
    "shareholder value", "the company's market position", "new lines of business and revenue streams",
    "the senior leadership team", "corporate development", "the theory of change and long-term impact",
    "relationships with key stakeholders and funders", "the organization's voice in the sector",
    "innovation and the future of the company", "succession planning with the board",
    "the capital campaign", "the case for support", "international expansion", "the organization's impact",
    "the strategic agenda", "the company's purpose", "investment priorities and capital allocation",
]
CEO_CONTEXTS = [
    "", "", "", " for the next decade", " in partnership with the board", " as the public face of the organization",
    " with investors, donors and partners", " to position us for long-term growth", " across the global group",
    " to deliver on our mission", " at a pivotal moment for the company", " as we scale nationally",
    " for a nonprofit entering its next chapter", " for a venture-backed start-up", " for the holding company",
    " with elected officials and policymakers", " in a rapidly changing market", " with the board chair",
    " to increase our reach and impact", " and report progress to the board", " with shareholders and the market",
    " across the movement", " for the health system", " for the foundation", " with institutional funders",
]
CEO_FRAMES = [
    "{V} {o}{c}.", "{V} {o}{c}", "- {V} {o}{c}", "{G_cap} {o}{c}.", "Responsible for {g} {o}{c}.",
    "You will {v} {o}{c}.", "The {title} will {v} {o}{c}.", "Provide visionary leadership on {o}{c}.",
    "Ultimately accountable for {o}{c}.", "Work with the board to {v} {o}{c}.", "Serve as the chief architect of {o}{c}.",
    "This role will {v} {o}{c}.", "Set the strategy for {o}{c}.", "Be the external champion of {o}{c}.",
]
CEO_TITLES = ["CEO", "Chief Executive Officer", "Executive Director", "President", "Managing Director",
              "President and CEO", "Founder & CEO", "Chief Executive"]

# ---- Neutral boilerplate -------------------------------------------------------------------------------------
NEUTRAL_TEMPLATES = [
    ("We offer {benefit} and {benefit}.", {}), ("Benefits include {benefit}, {benefit} and {benefit}.", {}),
    ("{benefit_cap}.", {}), ("Salary: {money} per year.", {}), ("The salary range for this position is {money}.", {}),
    ("Compensation: {money}, plus {benefit}.", {}), ("Location: {place}.", {}), ("This position is {mode}.", {}),
    ("{skill_cap}.", {}), ("Must have {skill}.", {}), ("The ideal candidate has {skill} and {skill}.", {}),
    ("{years} years of relevant experience.", {}), ("To apply, {apply}.", {}), ("{apply_cap}.", {}),
    ("{company} is an equal opportunity employer.", {}),
    ("{company} does not discriminate on the basis of {protected}.", {}),
    ("We welcome applicants regardless of {protected}.", {}), ("{company} is {blurb}.", {}),
    ("About {company}: we are {blurb}.", {}), ("Hours: {hours}.", {}), ("Schedule: {hours}.", {}),
    ("Job type: {jobtype}.", {}), ("{jobtype_cap} position.", {}), ("Deadline to apply: {date}.", {}),
    ("Applications close on {date}.", {}),
]
BENEFITS = ["health insurance", "dental and vision coverage", "a 401(k) match", "generous paid time off",
            "paid holidays", "parental leave", "a pension scheme", "flexible hours", "remote work options",
            "a learning and development budget", "a wellness stipend", "life insurance", "tuition reimbursement",
            "commuter benefits", "an employee assistance program", "25 days annual leave", "private medical cover",
            "stock options", "a home office allowance", "free snacks and team lunches"]
MONEY = ["$70,000 - $90,000", "$95,000 to $120,000", "$120k-$150k", "£40,000 - £50,000", "£65,000 to £75,000",
         "$150,000 - $185,000", "€55.000 - €65.000", "$60,000 - $72,000 DOE", "$210,000 - $260,000"]
PLACES = ["Remote (US)", "New York, NY", "London, UK", "Chicago, IL (hybrid)", "Austin, Texas", "Manchester",
          "Washington, DC", "Toronto, Ontario", "San Francisco Bay Area", "Remote within the UK", "Denver, CO"]
MODES = ["fully remote", "hybrid, with two days a week in the office", "on-site", "remote-first", "in person"]
SKILLS = ["excellent communication skills", "strong written and verbal communication skills",
          "attention to detail", "a collaborative approach", "proficiency in Microsoft Excel", "a valid driver's licence",
          "strong interpersonal skills", "the ability to work under pressure", "a bachelor's degree",
          "a positive attitude", "strong organizational skills", "good judgment", "a growth mindset",
          "the ability to multitask", "fluency in Spanish", "comfort with technology"]
APPLY = ["send your CV and cover letter to our hiring team", "submit your resume through our careers page",
         "click the apply button", "email a resume and writing sample", "complete the online application form",
         "send a short note about why you are interested"]
PROTECTED = ["race, color, religion, sex, national origin, age or disability",
             "gender identity or sexual orientation", "veteran status", "any characteristic protected by law",
             "pregnancy, marital status or genetic information"]
BLURBS = ["a fast-growing team of 40 people", "a family-owned business founded in 1985",
          "a community health center serving the county", "a reproductive justice organization",
          "a leading provider of software for small businesses", "a regional bank with 30 branches",
          "a national nonprofit working on civil rights", "a specialty manufacturer of industrial parts",
          "a retailer with stores across the Midwest", "a public agency serving residents of the city",
          "proud to be recognised as a great place to work"]
COMPANIES = ["Acme Corp", "Brightline Health", "Northwind Traders", "Riverbend Foundation", "Harbor Bank",
             "Bluebird Retail", "Summit Manufacturing", "The Commons Project", "City of Fairview", "Tallow & Co"]
HOURS = ["Monday to Friday, 9-5", "37.5 hours per week", "40 hours a week with some evenings",
         "full-time, flexible", "rotating weekends"]
JOBTYPES = ["full-time", "part-time", "permanent", "contract", "temporary", "full-time, exempt"]
DATES = ["March 15", "30 September", "the end of the month", "June 1st", "Friday 12 April"]

BRITISH = [("organization", "organisation"), ("optimiz", "optimis"), ("standardiz", "standardis"),
           ("prioritiz", "prioritis"), ("organiz", "organis"), ("program", "programme"), ("center", "centre"),
           ("labor", "labour"), ("fulfillment", "fulfilment"), ("color", "colour"), ("favor", "favour"),
           ("licens", "licenc"), ("analyz", "analys")]


def britishize(text):
    for us, uk in BRITISH:
        text = text.replace(us, uk).replace(us.capitalize(), uk.capitalize())
    return text.replace("programmeme", "programme")


def compose_role(n, verbs, objects, contexts, frames, titles):
    out = []
    for _ in range(n * 4):
        verb, gerund = rng.choice(verbs)
        text = rng.choice(frames).format(
            V=verb, v=verb.lower() if verb != "Own" else "own", g=gerund, G_cap=gerund.capitalize(),
            o=rng.choice(objects), c=rng.choice(contexts), title=rng.choice(titles))
        if rng.random() < 0.3:
            text = britishize(text)
        out.append(text)
    return out


def compose_neutral(n):
    out = []
    for _ in range(n * 3):
        template, _unused = rng.choice(NEUTRAL_TEMPLATES)
        text = re.sub(r"\{(\w+)\}", lambda m: neutral_slot(m.group(1)), template)
        if rng.random() < 0.3:
            text = britishize(text)
        out.append(text)
    return out


def neutral_slot(name):
    cap = name.endswith("_cap")
    base = name[:-4] if cap else name
    table = {"benefit": BENEFITS, "money": MONEY, "place": PLACES, "mode": MODES, "skill": SKILLS,
             "years": ["2+", "3-5", "5", "7+", "10"], "apply": APPLY, "protected": PROTECTED, "blurb": BLURBS,
             "company": COMPANIES, "hours": HOURS, "jobtype": JOBTYPES, "date": DATES}[base]
    value = rng.choice(table)
    return value[0].upper() + value[1:] if cap else value


def compose_titles(rows):
    decorations = ["Senior {t}", "Interim {t}", "{t} - Remote", "{t} (Hybrid)", "{t}, North America",
                   "{t} - London", "Regional {t}", "{t}, Healthcare", "{t} | Nonprofit", "{t} (Full-time)"]
    out = []
    for label, title in rows:
        for decoration in rng.sample(decorations, 3):
            out.append((label, decoration.format(t=title)))
    return out


def read_lines(name):
    with open(os.path.join(HERE, "handwritten", name), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def key(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def main():
    rows = []
    for label in ("coo", "ceo", "neutral"):
        rows += [(label, line) for line in read_lines(label + ".txt")]
    titles = [tuple(line.split("\t", 1)) for line in read_lines("titles.tsv")]
    write_unique("titles.tsv", titles + compose_titles(titles), {"coo": 10**6, "ceo": 10**6})
    rows += [("coo", t) for t in compose_role(1300, COO_VERBS, COO_OBJECTS, COO_CONTEXTS, COO_FRAMES, COO_TITLES)]
    rows += [("ceo", t) for t in compose_role(1300, CEO_VERBS, CEO_OBJECTS, CEO_CONTEXTS, CEO_FRAMES, CEO_TITLES)]
    rows += [("neutral", t) for t in compose_neutral(800)]
    write_unique("corpus.tsv", rows, {"coo": 1600, "ceo": 1600, "neutral": 1000})


def write_unique(name, rows, limits):
    seen, counts, kept = set(), {}, []
    for label, text in rows:
        k = key(text)
        if not k or k in seen or counts.get(label, 0) >= limits[label]:
            continue
        seen.add(k)
        counts[label] = counts.get(label, 0) + 1
        kept.append((label, text))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("label\ttext\n")
        for label, text in kept:
            f.write(f"{label}\t{text}\n")
    print(name, counts)


if __name__ == "__main__":
    main()
