import SignpostCore

/// Builds printed lists from the Directory: for a parish (the services that serve it, by theme,
/// nearest first), and for one resident (a handout of their matches). Service area and distance
/// come from the same `ServiceIndex` the matching engine uses.
///
/// What a parish list carries, for a resident without the internet:
/// - only records a resident can use (`ServiceKind.isPrinted`) with a way in that is not the
///   internet (`Service.hasOfflineWayIn`): a number to ring, or an address to walk in to;
/// - services whose number is already in the "Numbers to keep" box on page one, once (there);
/// - in-person services, with their town and distance from the parish; those that can only be
///   used in person at a site more than `furtherAwayKm` away go in a short "Further away"
///   section at the end (phone, home-visit and transport services stay where they are);
/// - jobs, training and volunteering in one short section.
public struct PrintedListBuilder: Sendable {
    public let index: ServiceIndex

    public init(index: ServiceIndex) { self.index = index }

    /// Beyond this straight-line distance from the parish, a service used only in person goes in
    /// "Further away": about 40 minutes by bus in this district, and further than the volunteer
    /// transport schemes' usual local trips.
    public static let furtherAwayKm = 15.0

    /// In-person services within this distance come before phone lines in their section.
    static let nearbyKm = 5.0

    /// What to include on a parish list: everything, or services meeting needs or themes.
    public enum Filter: Sendable {
        case all
        /// Needs read from text (ids or words) through the taxonomy.
        case needs(String)
        case themes([Theme])
    }

    /// One service placed on a parish list, before the list is assembled.
    struct Placed {
        var theme: Theme
        var order: Double
        var entry: PrintedList.Entry
        var furtherAway: Bool
        var opportunity: Bool
        var service: Service
        /// The site the entry gives (nearest the parish), when it has one.
        var site: ServiceLocation?
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

        let inTheBox = servicesInNumbersBox
        var placed: [Placed] = []
        var leftOffOnline = 0
        var leftOffNotForResidents = 0
        for s in index.services(servingParish: p) {
            if let wanted, !index.needSet(ofService: s).intersects(wanted) { continue }
            let service = directory.services[s]
            guard service.kind.isPrinted else {
                leftOffNotForResidents += 1
                continue
            }
            guard service.hasOfflineWayIn else {
                leftOffOnline += 1
                continue
            }
            if inTheBox.contains(service.id) { continue }
            let nearest = index.nearestSite(service: s, from: parish.centroid)
            let travelFree = service.needsNoTravelOffline
            let km = nearest?.km
            let order = travelFree ? Self.nearbyKm : (km ?? Self.nearbyKm + 0.5)
            let furtherAway = !travelFree && (km ?? 0) > Self.furtherAwayKm
            let site = nearest.map { service.locations[Int($0.site.location)] }
            var entry = entry(for: service, site: site, km: nearest?.km, from: parish.name, why: nil)
            // A list covers many services: each says what it is in its main clause.
            entry.description = PrintText.mainClause(service.description)
            // In full: what meets in or near the parish, or comes to the resident. Briefly, with
            // the number first: phone lines, places a bus ride away, and what meets somewhere
            // the Directory does not yet give (the number is the way to ask).
            let comes = service.delivery.contains(.homeVisit) || service.delivery.contains(.transport)
            entry.brief = !comes && !(km.map { $0 <= Self.nearbyKm } ?? false)
            placed.append(
                Placed(
                    theme: themeFor(service, preferring: wanted), order: order, entry: entry, furtherAway: furtherAway,
                    opportunity: service.kind == .opportunity, service: service, site: site))
        }
        var list = assemble(
            title: "Local support for people in \(parish.name)", subtitle: subtitle, placed: Self.foldedIntoVenues(placed), parish: parish.name,
            today: today)
        list.leftOffOnlineOnly = leftOffOnline
        list.leftOffNotForResidents = leftOffNotForResidents
        list.numbers = NumbersBox.from(directory.urgentContacts)
        list.showsContents = list.sections.count > 1
        return list
    }

    /// A handout for one resident: numbers to keep first (with the contacts for any risk raised),
    /// then their matches, with the reason each was suggested, the first marked "ring this one
    /// first". Only matches that meet something the resident asked for, when there are any. It
    /// names the parish and the date, and leaves space for who gave it and a note. No name,
    /// address or other identifying data; the needs only when `showNeeds` is set; never the
    /// words that raised a risk.
    public func handout(for result: MatchResult, showNeeds: Bool, today: CalendarDate) -> PrintedList {
        var entries: [PrintedList.Entry] = []
        var leftOff = 0
        let raising = Set(result.urgent.compactMap(\.module))
        let stated = result.matches.filter { match in
            match.reasons.contains { if case .meetsNeeds = $0.reason { return true } else { return false } }
        }
        let parish = result.place.parishes.first
        let inTheBox = servicesInNumbersBox
        for match in stated.isEmpty ? result.matches : stated {
            // Not for residents, or already in the numbers to keep at the top.
            guard match.service.kind.isPrinted, !inTheBox.contains(match.service.id) else { continue }
            guard match.service.hasOfflineWayIn else {
                leftOff += 1
                continue
            }
            // The reason it was suggested: what it helps with, and how it reaches the resident.
            // Never a reason from a module that raised a risk (those speak of what was
            // disclosed), nor one that points at a section of the screen the handout lacks.
            let why = match.reasons.filter { reason in
                if let module = reason.module, raising.contains(module) { return false }
                if case .meetsSuggestedNeeds = reason.reason { return false }
                if case .belowStatedNeeds = reason.reason { return false }
                switch reason.reason {
                case .mainPurpose: return false  // "Helps with …" says it
                // About the order of a list the resident does not see, or the where line says it.
                case .firstForStatedNeed, .noSiteListed, .freshness: return false
                // The resident's own words are never printed back (the needs only with showNeeds).
                case .residentWords: return false
                default: return true
                }
            }.prefix(2).map(\.text).joined(separator: " ")
            var entry = entry(
                for: match.service, site: match.site, km: match.distanceKm,
                from: parish.map { index.directory.parishes[$0].name }, why: why.isEmpty ? nil : why)
            // One page for a handful: each suggestion briefly, why it was suggested first.
            entry.description = PrintText.mainClause(match.service.description)
            entry.brief = true
            entry.ringFirst = entries.isEmpty
            entries.append(entry)
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
            title: "Services that may help you", printed: today, subtitle: subtitle,
            sections: [PrintedList.Section(heading: "Suggested for you", entries: entries)], leftOffOnlineOnly: leftOff)
        list.handout = PrintedList.HandoutContext(parish: parish.map { index.directory.parishes[$0].name })
        // The contacts come first, in words for the resident: the same box every list has, with any
        // numbers for what was raised, and never what the resident said.
        list.numbers = NumbersBox.from(index.directory.urgentContacts, adding: result.urgent.flatMap(\.contacts))
        return list
    }

    /// The services whose number is in every list's "Numbers to keep" box: printed there, once.
    var servicesInNumbersBox: Set<String> { Set(index.directory.urgentContacts.keep.compactMap(\.service)) }

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

    /// The printed entry for a service; `site` is its site nearest the parish `parish`, `km` away.
    func entry(for service: Service, site: ServiceLocation?, km: Double?, from parish: String?, why: String?) -> PrintedList.Entry {
        let directory = index.directory
        let organisation = directory.organisation(service.organisationID)
        let number = NumberToRing(service: service, organisation: organisation)
        var phone: PrintedList.PhoneLine? = nil
        if let dialled = number.number {
            switch number.whose {
            case .service, .none: phone = PrintedList.PhoneLine(number: dialled)
            case .organisation:
                let whose = organisation.map { $0.name + "'s main number." } ?? "The organisation's main number."
                let named = organisation.map { service.name.contains($0.name) } ?? false
                phone = PrintedList.PhoneLine(number: dialled, note: whose + (named ? "" : " Ask about " + service.name + "."))
            case .standIn:
                phone = PrintedList.PhoneLine(
                    number: dialled, note: number.askFor.map { "Ask for " + $0 + "." } ?? "Ask who runs it now.")
            }
        }
        let others = service.phones.filter { $0.displayNumber != number.number }
            .map { ($0.description.map { $0 + ": " } ?? "") + $0.displayNumber }
        var cost = service.cost.plainLabel
        if let detail = service.cost.description { cost += ": " + detail }
        // Paper for people without the internet: the first sentence says what it is, and a web
        // address only when there is no number.
        return PrintedList.Entry(
            name: service.name, phone: phone, otherPhones: others, description: PrintText.firstSentence(service.description),
            whoFor: service.whoItIsFor, whereText: whereText(service, site: site, km: km, from: parish), when: service.whenInWords,
            cost: cost, howToStart: phone == nil ? service.howToStart : nil,
            web: phone == nil ? service.url.map(PrintedListBuilder.shortWeb) : nil, checked: service.verified, why: why)
    }

    /// Where to go, with the town and the distance from the parish: "Edenbridge Leisure Centre,
    /// Stangrove Park, Edenbridge TN8 5LU (about 4 km away)"; or how it reaches the resident.
    func whereText(_ service: Service, site: ServiceLocation?, km: Double?, from parish: String?) -> String {
        if service.delivery.contains(.homeVisit) { return "Comes to your home" }
        if service.delivery.contains(.transport) { return "Door-to-door transport" }
        if let site = site ?? service.locations.first {
            var text = site.singleLine
            if let town = site.parish, !text.contains(town) { text += text.isEmpty ? town : ", " + town }
            if !text.isEmpty {
                if let parish, site.parish == parish { return text + " (in \(parish))" }
                guard parish != nil, let km else { return text }
                return text + " (" + Self.distanceInWords(km) + ")"
            }
        }
        if service.delivery.contains(.phone) { return Self.byPhone }
        if !service.delivery.contains(.inPerson) { return "Online: ring the number to ask for help with it" }
        return "Ring to ask where it meets"
    }

    /// Where a service is when it is a phone line.
    static let byPhone = "By phone"

    /// "under 1 km away", "about 4 km away".
    static func distanceInWords(_ km: Double) -> String {
        km < 1 ? "under 1 km away" : "about \(Int(km.rounded())) km away"
    }

    /// "https://www.example.org/" → "www.example.org": easier to read and type from paper. An
    /// address too long to type from paper is cut to its site ("www.hospiceintheweald.org.uk").
    static func shortWeb(_ url: String) -> String {
        var s = url
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        while s.hasSuffix("/") { s.removeLast() }
        if s.count > maxWebLength, let slash = s.firstIndex(of: "/") { s = String(s[..<slash]) }
        return s
    }

    /// The longest web address printed in full.
    static let maxWebLength = 40

    /// Programmes held at a venue that has its own entry print inside that entry ("Also here:
    /// …"), and where a programme belongs under another heading, a one-line pointer stays
    /// there. A venue is a service named after its only site (Edenbridge Leisure Centre); a
    /// programme is a service of the same organisation whose site for this parish is that venue.
    /// What is further away keeps its own short section; jobs and volunteering held at the venue
    /// keep a pointer in theirs.
    static func foldedIntoVenues(_ placed: [Placed]) -> [Placed] {
        func key(_ p: Placed) -> String? {
            guard let site = p.site, let name = site.name else { return nil }
            return p.service.organisationID + "\u{1F}" + name + "\u{1F}" + (site.parish ?? "")
        }
        var venueAt: [String: Int] = [:]
        for (i, p) in placed.enumerated() where !p.opportunity && !p.furtherAway {
            if p.service.locations.count == 1, p.site?.name == p.service.name, let k = key(p) { venueAt[k] = i }
        }
        guard !venueAt.isEmpty else { return placed }
        var out = placed
        var folded: [Int: [Int]] = [:]  // venue → programmes, in list order
        for (i, p) in placed.enumerated() where !p.furtherAway && venueAt.values.contains(i) == false {
            guard let k = key(p), let v = venueAt[k] else { continue }
            folded[v, default: []].append(i)
        }
        var removed = Set<Int>()
        for (v, programmes) in folded {
            let venue = placed[v]
            let sorted = programmes.sorted { placed[$0].entry.name < placed[$1].entry.name }
            out[v].entry.alsoHere = sorted.map { placed[$0].entry.name }
            for i in sorted {
                if placed[i].theme == venue.theme && !placed[i].opportunity {
                    removed.insert(i)
                } else {
                    out[i].entry.seeAlso = "At \(venue.entry.name): see \u{201C}\(venue.theme.heading)\u{201D}."
                }
            }
        }
        return out.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    func assemble(title: String, subtitle: String?, placed: [Placed], parish: String, today: CalendarDate) -> PrintedList {
        func sorted(_ items: [Placed]) -> [PrintedList.Entry] {
            items.sorted { $0.order != $1.order ? $0.order < $1.order : $0.entry.name < $1.entry.name }.map(\.entry)
        }
        var sections: [PrintedList.Section] = []
        let main = placed.filter { !$0.furtherAway && !$0.opportunity }
        for theme in Theme.all + [Theme.other] {
            let entries = sorted(main.filter { $0.theme == theme })
            if !entries.isEmpty { sections.append(PrintedList.Section(heading: theme.heading, entries: entries)) }
        }
        let opportunities = sorted(placed.filter { $0.opportunity && !$0.furtherAway })
        if !opportunities.isEmpty {
            sections.append(PrintedList.Section(heading: "Jobs, training and volunteering", entries: opportunities, style: .brief))
        }
        let far = sorted(placed.filter(\.furtherAway))
        if !far.isEmpty {
            sections.append(
                PrintedList.Section(
                    heading: "Further away",
                    note: "These meet more than \(Int(Self.furtherAwayKm)) km from \(parish). Ring before you travel: some can help by phone or help with transport.",
                    entries: far, style: .brief))
        }
        return PrintedList(title: title, printed: today, subtitle: subtitle, sections: sections, leftOffOnlineOnly: 0)
    }
}
