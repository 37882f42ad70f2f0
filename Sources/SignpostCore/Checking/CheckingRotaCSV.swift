/// The checking rota as RFC 4180 CSV (`CSVWriter`), one row per service with a header row, for
/// a spreadsheet that officers tick off.
public enum CheckingRotaCSV {
    public static let header = [
        "rank", "service_id", "service", "organisation", "verified", "age_days", "priority", "staleness_years", "reach",
        "parishes_served", "on_printed_lists", "in_urgent_contacts", "visibility", "ring", "whose_line", "ask_for",
        "other_ways", "confirm", "script",
    ]

    public static func render(_ rota: CheckingRota, limit: Int) -> String {
        var csv = CSVWriter(header: header)
        for row in rota.top(limit) {
            csv.append([
                String(row.rank), row.service.id, row.service.name, row.organisation, row.service.verified.description,
                String(row.ageDays), Format.decimal(row.priority), Format.decimal(row.staleness), Format.decimal(row.reach),
                String(row.parishesServed), row.onPrintedLists ? "yes" : "no", row.inUrgentContacts ? "yes" : "no",
                Format.decimal(row.visibility), row.number.number ?? "no number: find one", row.number.whose.rawValue,
                row.number.askFor ?? "", row.number.otherWays.joined(separator: " "),
                row.confirm.map(\.inWords).joined(separator: "; "), row.script.joined(separator: " "),
            ])
        }
        return csv.text
    }
}
