import SignpostCore

/// Builds printed lists from the Directory: for a parish (the services that serve it, by theme,
/// nearest first), and for one resident (a handout of their matches). Service area and distance
/// come from the same `ServiceIndex` the matching engine uses.
public struct PrintedListBuilder: Sendable {
    public let index: ServiceIndex

    public init(index: ServiceIndex) { self.index = index }

    /// What to include on a parish list: everything, or services meeting needs or themes.
    public enum Filter: Sendable {
        case all
        /// Needs read from text (ids or words) through the taxonomy.
        case needs(String)
        case themes([Theme])
    }

    /// The list for one parish.
    public func parishList(parish name: String, filter: Filter = .all, today: CalendarDate) throws(SignpostError) -> PrintedList {
        let directory = index.directory
        let p = try ParishResolver(directory: directory).ordinal(named: name)
        let parish = directory.parishes[p]
        var wanted: NeedSet? = nil
        var subtitle: String? = nil
        switch filter {
        case .all: break
        case .needs(let text):
            let interpretation = NeedInterpreter(taxonomy: directory.taxonomy).interpret([text])
            guard !interpretation.needs.isEmpty else {
                throw SignpostError(.invalidInput, "no needs were recognised in that text")
            }
            wanted = NeedSet(ordinals: interpretation.needs.map(\.need))
            subtitle = "Help with " + Format.list(interpretation.needs.map { directory.taxonomy.needs[$0.need].lowercasedLabel }) + "."
        case .themes(let themes):
            let domains = Set(themes.flatMap(\.domains))
            wanted = NeedSet(ordinals: directory.taxonomy.needs.indices.filter { domains.contains(directory.taxonomy.needs[$0].domain) })
            subtitle = themes.map(\.heading).joined(separator: "; ") + "."
        }

        var placed: [(theme: Theme, distance: Double, entry: PrintedList.Entry, verified: CalendarDate)] = []
        var leftOff = 0
        for s in index.services(servingParish: p) {
            if let wanted, !index.needSet(ofService: s).intersects(wanted) { continue }
            let service = directory.services[s]
            guard service.hasOfflineWayIn else {
                leftOff += 1
                continue
            }
            let theme = themeFor(service, preferring: wanted)
            let nearest = index.nearestSite(service: s, from: parish.centroid)
            let noTravel = service.delivery.contains(.homeVisit) || service.delivery.contains(.phone)
                || service.delivery.contains(.transport)
            let distance = noTravel ? 0 : (nearest?.km ?? Double.greatestFiniteMagnitude)
            let site = nearest.map { service.locations[Int($0.site.location)] }
            placed.append((theme, distance, entry(for: service, site: site, why: nil), service.verified))
        }
        var list = assemble(
            title: "Local support for people in \(parish.name)", subtitle: subtitle, placed: placed, leftOff: leftOff,
            today: today)
        list.numbers = NumbersBox.from(directory.urgentContacts)
        return list
    }

    /// A handout for one resident: numbers to keep first (with the contacts for any risk raised),
    /// then their matches, with the reason each was suggested. No name, address or other
    /// identifying data; the needs only when `showNeeds` is set; never the words that raised a risk.
    public func handout(for result: MatchResult, showNeeds: Bool, today: CalendarDate) -> PrintedList {
        var entries: [PrintedList.Entry] = []
        var verified: [CalendarDate] = []
        var leftOff = 0
        let raising = Set(result.urgent.compactMap(\.module))
        for match in result.matches {
            guard match.service.hasOfflineWayIn else {
                leftOff += 1
                continue
            }
            // The reason it was suggested: what it helps with, and how it reaches the resident.
            // Never a reason from a module that raised a risk: those speak of what was disclosed.
            let why = match.reasons.filter { $0.module == nil || !raising.contains($0.module!) }.prefix(2).map(\.text)
                .joined(separator: " ")
            entries.append(entry(for: match.service, site: match.site, why: why.isEmpty ? nil : why))
            verified.append(match.service.verified)
        }
        var subtitle: String? = nil
        if showNeeds {
            let stated = result.needs.compactMap { need -> String? in
                if case .suggested = need.source { return nil }
                return need.need.lowercasedLabel
            }
            if !stated.isEmpty { subtitle = "You asked about " + Format.list(stated) + "." }
        }
        var list = PrintedList(
            title: "Services that may help you", printed: today, checkedFrom: verified.min(), checkedTo: verified.max(),
            subtitle: subtitle, sections: [PrintedList.Section(heading: "Suggested for you", entries: entries)],
            leftOffOnlineOnly: leftOff)
        // The contacts come first, in words for the resident: the same box every list has, with any
        // numbers for what was raised, and never what the resident said.
        list.numbers = NumbersBox.from(index.directory.urgentContacts, adding: result.urgent.flatMap(\.contacts))
        return list
    }


    /// The heading a service goes under: that of its first need, or of its first need among
    /// those asked for, when the list is filtered.
    func themeFor(_ service: Service, preferring wanted: NeedSet?) -> Theme {
        let taxonomy = index.directory.taxonomy
        if let wanted {
            for id in service.needs {
                if let n = taxonomy.ordinal(ofNeed: id), wanted.contains(n) { return Theme.forDomain(taxonomy.needs[n].domain) }
            }
        }
        for id in service.needs {
            if let need = taxonomy.need(id) { return Theme.forDomain(need.domain) }
        }
        return Theme.other
    }

    func entry(for service: Service, site: ServiceLocation?, why: String?) -> PrintedList.Entry {
        let whereText: String
        if service.delivery.contains(.homeVisit) {
            whereText = "Comes to your home"
        } else if service.delivery.contains(.transport) {
            whereText = "Door-to-door transport"
        } else if let site = site ?? service.locations.first, !site.singleLine.isEmpty {
            whereText = site.singleLine
        } else if service.delivery.contains(.phone) {
            whereText = "By phone"
        } else {
            whereText = "Call to ask where it meets"
        }
        var cost = service.cost.plainLabel
        if let detail = service.cost.description { cost += ": " + detail }
        return PrintedList.Entry(
            name: service.name, phone: service.phones.first?.number,
            otherPhones: service.phones.dropFirst().map { ($0.description.map { $0 + ": " } ?? "") + $0.number },
            description: service.description, whereText: whereText, when: service.schedule, cost: cost,
            howToStart: service.howToStart, web: service.url.map(PrintedListBuilder.shortWeb), why: why)
    }

    /// "https://www.example.org/" → "www.example.org": easier to read and type from paper.
    static func shortWeb(_ url: String) -> String {
        var s = url
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    func assemble(
        title: String, subtitle: String?,
        placed: [(theme: Theme, distance: Double, entry: PrintedList.Entry, verified: CalendarDate)], leftOff: Int,
        today: CalendarDate
    ) -> PrintedList {
        var sections: [PrintedList.Section] = []
        for theme in Theme.all + [Theme.other] {
            let entries = placed.filter { $0.theme == theme }
                .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.entry.name < $1.entry.name }
                .map(\.entry)
            if !entries.isEmpty { sections.append(PrintedList.Section(heading: theme.heading, entries: entries)) }
        }
        return PrintedList(
            title: title, printed: today, checkedFrom: placed.map(\.verified).min(), checkedTo: placed.map(\.verified).max(),
            subtitle: subtitle, sections: sections, leftOffOnlineOnly: leftOff)
    }
}
