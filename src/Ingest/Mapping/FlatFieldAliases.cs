using System.Collections.Frozen;

namespace JobTagger.Ingest.Mapping;

/// <summary>
/// Recognises column names by their letters and digits only, case-insensitively, so <c>job_title</c>,
/// <c>Job Title</c> and <c>jobTitle</c> are one name.
/// </summary>
internal static class FlatFieldAliases
{
    private static readonly FrozenDictionary<string, FlatField> Names = new Dictionary<string, FlatField>
    {
        ["id"] = FlatField.Id, ["jobid"] = FlatField.Id, ["postingid"] = FlatField.Id, ["referencenumber"] = FlatField.Id,
        ["reference"] = FlatField.Id, ["requisitionid"] = FlatField.Id,
        ["title"] = FlatField.Title, ["jobtitle"] = FlatField.Title, ["position"] = FlatField.Title,
        ["positiontitle"] = FlatField.Title, ["name"] = FlatField.Title, ["role"] = FlatField.Title,
        ["company"] = FlatField.Company, ["companyname"] = FlatField.Company, ["employer"] = FlatField.Company,
        ["organization"] = FlatField.Company, ["hiringorganization"] = FlatField.Company,
        ["location"] = FlatField.Location, ["joblocation"] = FlatField.Location, ["formattedlocation"] = FlatField.Location,
        ["city"] = FlatField.City, ["state"] = FlatField.State, ["region"] = FlatField.State, ["country"] = FlatField.Country,
        ["description"] = FlatField.Description, ["jobdescription"] = FlatField.Description, ["body"] = FlatField.Description,
        ["content"] = FlatField.Description, ["descriptionhtml"] = FlatField.Description, ["descriptionplain"] = FlatField.Description,
        ["url"] = FlatField.Url, ["link"] = FlatField.Url, ["joburl"] = FlatField.Url, ["applyurl"] = FlatField.Url,
        ["absoluteurl"] = FlatField.Url, ["jobpostingurl"] = FlatField.Url, ["postingurl"] = FlatField.Url,
        ["postedat"] = FlatField.PostedAt, ["posted"] = FlatField.PostedAt, ["dateposted"] = FlatField.PostedAt,
        ["posteddate"] = FlatField.PostedAt, ["postingdate"] = FlatField.PostedAt, ["publishedat"] = FlatField.PostedAt,
        ["date"] = FlatField.PostedAt, ["listedtime"] = FlatField.PostedAt, ["createdat"] = FlatField.PostedAt,
        ["validthrough"] = FlatField.ValidThrough, ["expires"] = FlatField.ValidThrough, ["expiry"] = FlatField.ValidThrough,
        ["employmenttype"] = FlatField.EmploymentType, ["jobtype"] = FlatField.EmploymentType, ["worktype"] = FlatField.EmploymentType,
        ["formattedworktype"] = FlatField.EmploymentType, ["commitment"] = FlatField.EmploymentType,
        ["remoteallowed"] = FlatField.Remote, ["remote"] = FlatField.Remote, ["isremote"] = FlatField.Remote,
        ["minsalary"] = FlatField.MinSalary, ["salarymin"] = FlatField.MinSalary, ["maxsalary"] = FlatField.MaxSalary,
        ["salarymax"] = FlatField.MaxSalary, ["salary"] = FlatField.Salary, ["payperiod"] = FlatField.PayPeriod,
        ["salaryperiod"] = FlatField.PayPeriod, ["currency"] = FlatField.Currency, ["salarycurrency"] = FlatField.Currency,
        ["skills"] = FlatField.Skills, ["category"] = FlatField.Category, ["occupationalcategory"] = FlatField.Category,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string name, out FlatField field)
    {
        Span<char> key = stackalloc char[Math.Min(name.Length, 64)];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) && length < key.Length)
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        return Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..length], out field);
    }
}
