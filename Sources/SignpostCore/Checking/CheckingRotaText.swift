/// The checking rota as text for a terminal: a heading with the formula, then one block per
/// service (rank, name and id, organisation, age, priority and its factors, the number to ring,
/// what to confirm, the script).
public enum CheckingRotaText {
    public static func render(_ rota: CheckingRota, limit: Int) -> String {
        let rows = rota.top(limit)
        var out = "Checking rota for \(rota.today.longForm): \(rows.count) of \(rota.rows.count) services, most urgent first.\n"
        out += CheckingRota.formula + ".\n"
        for row in rows {
            out += "\n\(row.rank). \(row.service.name) [\(row.service.id)], \(row.organisation)\n"
            out += "   Verified \(row.service.verified) (\(row.ageInWords) ago). Priority \(Format.decimal(row.priority)) = "
            out += "\(Format.decimal(row.staleness)) × \(Format.decimal(row.reach)) (\(row.parishesServed) parish\(row.parishesServed == 1 ? "" : "es")) × \(Format.decimal(row.visibility)) (\(row.visibilityInWords)).\n"
            out += "   Ring: \(row.number.inWords)\n"
            out += "   Confirm: " + row.confirm.map(\.inWords).joined(separator: "; ") + "\n"
            out += "   Script: " + row.script.joined(separator: " ") + "\n"
        }
        return out
    }
}
