using JobTagger.Classifier.Skills;

namespace JobTagger.Classifier.Tests.Skills;

public sealed class SkillTaggerPhraseTests
{
    private static readonly SkillTagger Tagger = SkillTagger.LoadBundled();

    public static TheoryData<string, string> Tagged => new()
    {
        // Inflections and plurals fold to the taxonomy's phrase
        { "Track KPIs weekly and report to the VP.", "kpis" },
        { "Define key performance indicators for each site.", "kpis" },
        { "You will manage budgets for three departments.", "budgeting" },
        { "Budgeting and forecasting experience required.", "budgeting" },
        { "Owns the operating budgets of the plant.", "budgeting" },
        { "Drive process improvements across the network.", "process-improvement" },
        { "Write clear policies and procedures.", "policy-development" },
        // Abbreviations and & / and
        { "Full P&L responsibility for the region.", "p-and-l-management" },
        { "Owns profit and loss for the unit.", "p-and-l-management" },
        { "Lead M&A activity and integration.", "mergers-and-acquisitions" },
        { "Experience in mergers & acquisitions.", "mergers-and-acquisitions" },
        { "FP&A background preferred.", "financial-analysis" },
        // Hyphen, space and joined forms
        { "Partner with cross-functional teams.", "cross-functional-collaboration" },
        { "Partner with cross functional teams.", "cross-functional-collaboration" },
        { "Partner with crossfunctional teams.", "cross-functional-collaboration" },
        { "Grow our ecommerce channel.", "e-commerce" },
        { "Grow our e-commerce channel.", "e-commerce" },
        // Symbols inside tokens
        { "Strong C++ and Python skills.", "cpp" },
        { "Build services in C# on .NET Core.", "csharp" },
        { "Build services in C# on .NET Core.", "dotnet" },
        { "ASP.NET MVC experience.", "dotnet" },
        { "Frontend in Node.js and TypeScript.", "javascript" },
        // Ambiguous short words in the right context
        { "Statistical analysis in R and Python.", "r-language" },
        { "Backend services written in Go, deployed on Kubernetes.", "go-language" },
        { "Golang experience a plus.", "go-language" },
        { "Embedded firmware in C for microcontrollers.", "c-language" },
        { "Advanced Excel (pivot tables) required.", "excel" },
        { "Proficient in Word, Excel and PowerPoint.", "excel" },
        { "Proficient in Word, Excel and PowerPoint.", "microsoft-word" },
        { "Build UI components in React and Redux.", "react" },
        { "Java microservices with Spring and Hibernate.", "spring" },
        { "Lead a team of 12 technicians.", "team-leadership" },
        { "Maintain the Salesforce CRM and reports.", "salesforce" },
        { "Class A CDL with a clean driving record.", "cdl-driving" },
        { "Current BLS and ACLS certification.", "bls-acls" },
        { "Lead abatement and lead-based paint work under EPA rules.", "health-and-safety" },
    };

    public static TheoryData<string, string> NotTagged => new()
    {
        // Go: the verb, "go-to", "on the go"
        { "You will be the go-to person for the team.", "go-language" },
        { "Work on the go with our mobile app.", "go-language" },
        { "Go above and beyond for customers.", "go-language" },
        // R: a letter, R&D
        { "Lead our R&D group and product roadmap.", "r-language" },
        { "Candidates rated R or above are eligible.", "r-language" },
        // C: C-suite, C-level, vitamin C, grade C
        { "Present to the C-suite and C-level executives.", "c-language" },
        { "Vitamin C supplements are in aisle C.", "c-language" },
        // Excel as a verb
        { "You will excel at building relationships.", "excel" },
        { "Excel in a fast-paced environment.", "excel" },
        // lead the metal, lead generation
        { "Lead paint abatement experience required.", "team-leadership" },
        { "Own lead generation for the sales funnel.", "team-leadership" },
        // Word, Access, Swift, Rust, Spring, React used as ordinary words
        { "Spread the Word about our mission.", "microsoft-word" },
        { "Access to company vehicles and tools.", "microsoft-access" },
        { "Swift response to customer tickets.", "swift" },
        { "Remove Rust from the steel frames.", "rust" },
        { "Spring semester internship in our office.", "spring" },
        { "React quickly to changing priorities.", "react" },
        // sales force is not Salesforce
        { "Train and manage our sales force.", "salesforce" },
        // Words that fold to a skill word but mean something else
        { "Medical, dental, and vision insurance.", "dental" },
        { "Complete the work in a timely fashion.", "fashion-apparel" },
        { "Economic development projects downtown.", "economics" },
        // Phrases do not run across punctuation that ends them
        { "Sales. Management of the branch is shared.", "sales" },
    };

    [Theory]
    [MemberData(nameof(Tagged))]
    public void Tag_PhraseInContext_TagsSkill(string text, string skillId) =>
        Assert.Contains(Tagger.Tag(string.Empty, text), t => t.SkillId == skillId);

    [Theory]
    [MemberData(nameof(NotTagged))]
    public void Tag_AmbiguousWordWithoutContext_DoesNotTagSkill(string text, string skillId) =>
        Assert.DoesNotContain(Tagger.Tag(string.Empty, text), t => t.SkillId == skillId);
}
