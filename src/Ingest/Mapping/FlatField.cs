namespace JobTagger.Ingest.Mapping;

/// <summary>The columns a flat record (a JSON object or a CSV row) can carry, whatever the source calls them.</summary>
internal enum FlatField
{
    Id,
    Title,
    Company,
    Location,
    City,
    State,
    Country,
    Description,
    Url,
    PostedAt,
    ValidThrough,
    EmploymentType,
    Remote,
    MinSalary,
    MaxSalary,
    Salary,
    PayPeriod,
    Currency,
    Skills,
    Category,
}
