/// The checking rota for council officers: which services to re-verify first, with the number to
/// ring, what to confirm and a short script for each.
///
/// A service's **priority** is
///
///     priority = staleness × reach × visibility
///
/// - **staleness**: days since `verified`, up to the rota's date (`today`), ÷ 365 — years out of
///   date (0 for a record verified that day).
/// - **reach**: for every parish the service serves (`ServiceIndex.serves(service:parish:)`, the
///   engine's own rule: listed parishes, a radius round its sites, or every parish for a
///   district, county or national service), the parish's residents × its deprivation multiplier
///   1 + 0.25 × (level − 1) (`ParishWeight`, as the gap analysis weighs parishes; the median
///   population where a parish's is unknown), summed and ÷ 1000.
/// - **visibility**: 1, plus 0.5 when it is on the printed parish lists (it serves a parish and
///   `Service.hasOfflineWayIn`, the print module's own test), plus 1 when a contact in
///   `urgent-contacts.json` names it (the numbers raised before any list, and kept on every
///   printed list): from 1 to 2.5.
///
/// The rota is ordered by priority (rounded to two decimals), then by age (oldest first), then
/// by id, so the same Directory and date always give the same rota.
public struct CheckingRota: Sendable {
    /// Added to visibility for a service on the printed lists.
    public static let printedWeight = 0.5
    /// Added to visibility for a service named in the urgent contacts.
    public static let urgentWeight = 1.0

    /// The date the rota was made for (ages are measured to it).
    public let today: CalendarDate
    /// Every service, most urgent first.
    public let rows: [CheckingRow]

    /// Ranks every service of `index`'s Directory as of `today`.
    public init(index: ServiceIndex, today: CalendarDate) {
        let directory = index.directory
        let weights = ParishWeight(parishes: directory.parishes)
        let parishWeights = directory.parishes.map(weights.weight)
        let urgent = Set(directory.urgentContacts.contacts.compactMap(\.service))
        var rows: [CheckingRow] = []
        for (s, service) in directory.services.enumerated() {
            let served = directory.parishes.indices.filter { index.serves(service: s, parish: $0) }
            let reach = served.reduce(0.0) { $0 + parishWeights[$1] } / 1000
            let age = max(0, service.verified.days(until: today))
            let staleness = Double(age) / 365
            let printed = !served.isEmpty && service.hasOfflineWayIn
            let named = urgent.contains(service.id)
            let visibility = 1 + (printed ? Self.printedWeight : 0) + (named ? Self.urgentWeight : 0)
            let organisation = directory.organisation(service.organisationID)
            let organisationName = organisation?.name ?? service.organisationID
            let number = NumberToRing(service: service, organisation: organisation)
            let items = CheckItem.items(for: service, number: number)
            rows.append(
                CheckingRow(
                    rank: 0, service: service, organisation: organisationName, ageDays: age, staleness: staleness,
                    reach: reach, parishesServed: served.count, onPrintedLists: printed, inUrgentContacts: named,
                    visibility: visibility, priority: (staleness * reach * visibility * 100).rounded() / 100,
                    number: number, confirm: items,
                    script: CheckScript.lines(service: service, organisation: organisationName, number: number, items: items)))
        }
        rows.sort {
            ($0.priority, $0.ageDays) != ($1.priority, $1.ageDays)
                ? ($0.priority, $0.ageDays) > ($1.priority, $1.ageDays) : $0.service.id < $1.service.id
        }
        for i in rows.indices { rows[i].rank = i + 1 }
        self.today = today
        self.rows = rows
    }

    /// The first `limit` rows (every row when `limit` is 0).
    public func top(_ limit: Int) -> ArraySlice<CheckingRow> {
        limit == 0 ? rows[...] : rows.prefix(limit)
    }

    /// The formula in one line, for the head of every rendering.
    public static let formula =
        "priority = staleness (years since verified) × reach (residents of the parishes served × deprivation multiplier, ÷ 1000) × visibility (1, +0.5 on printed lists, +1 in urgent contacts)"
}
