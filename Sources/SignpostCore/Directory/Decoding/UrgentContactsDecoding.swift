/// Decodes and checks `Directory/urgent-contacts.json` against the services: a contact that names
/// a service must use one of that service's numbers (so every number is sourced); a contact with
/// no service carries its own `source` and `verified`; a contact without a sourced number (none
/// given, a service that is not there, a number not on its record) is left out, with a warning at
/// its line. Mistakes in the file itself (a missing field, an unknown contact id) are errors.
enum UrgentContactsDecoding {
    static func decode(_ root: ObjectReader, services: [Service], today: CalendarDate) -> UrgentContacts {
        _ = root.string("about")
        var contacts: [UrgentContacts.Contact] = []
        var seen: Set<String> = []
        var leftOut: Set<String> = []
        for reader in root.objects("contacts", required: true) ?? [] {
            guard let id = reader.string("id", required: true) else {
                skipRest(reader)
                continue
            }
            if !seen.insert(id).inserted { reader.error("id", "duplicate contact id \"\(id)\"") }
            let name = reader.string("name", required: true)
            let phone = reader.string("phone")
            let when = reader.string("when", required: true)
            let resident = reader.string("resident", required: true)
            var url = reader.string("url")
            var isText = false
            let serviceID = reader.string("service")
            let source = reader.string("source")
            let verified = reader.date("verified")
            reader.finish()
            if let serviceID {
                guard let service = services.first(where: { $0.id == serviceID }) else {
                    reader.warning("service", "no service \"\(serviceID)\" in the Directory: contact \"\(id)\" left out")
                    leftOut.insert(id)
                    continue
                }
                if source != nil { reader.error("source", "a contact that names a service takes its source from the service record") }
                if let phone, !service.phones.contains(where: { Self.digits($0.number) == Self.digits(phone) }) {
                    reader.warning(
                        "phone",
                        "\"\(phone)\" is not one of service \"\(serviceID)\"'s numbers, so it has no source: contact \"\(id)\" left out")
                    leftOut.insert(id)
                    continue
                }
                url = url ?? service.url
                isText = service.phones.first { Self.digits($0.number) == Self.digits(phone ?? "") }?.kind == .text
            } else {
                if source == nil { reader.error("source", "a contact with no service needs a source") }
                if verified == nil { reader.error("verified", "a contact with no service needs the date its source was checked") }
                if let verified, verified > today { reader.error("verified", "date is in the future") }
            }
            guard let phone, !phone.isEmpty else {
                reader.warning("phone", "no sourced number: contact \"\(id)\" left out")
                leftOut.insert(id)
                continue
            }
            if Self.digits(phone).isEmpty || phone.contains(where: { !($0.isNumber || $0 == " ") }) {
                reader.error("phone", "\"\(phone)\" is not a number as dialled (digits and spaces): contact \"\(id)\" left out")
                leftOut.insert(id)
                continue
            }
            guard let name, let when, let resident else { continue }
            contacts.append(
                UrgentContacts.Contact(
                    id: id, name: name, phone: phone, when: when, url: url, resident: resident, service: serviceID,
                    isText: isText))
        }
        let known = Set(contacts.map(\.id))
        func check(_ ids: [String], _ reader: ObjectReader, _ key: String) -> [String] {
            var kept: [String] = []
            for (i, contactID) in ids.enumerated() {
                if known.contains(contactID) {
                    kept.append(contactID)
                } else if !leftOut.contains(contactID) {
                    reader.sink.add(
                        reader.source.finding(
                            .error, JSONPath.element(reader.fieldPath(key), i), "no contact \"\(contactID)\" in \"contacts\""))
                }
            }
            return kept
        }
        var risks: [(risk: String, contacts: [String])] = []
        for reader in root.objects("risks", required: true) ?? [] {
            let risk = reader.string("risk", required: true)
            let ids = reader.strings("contacts", required: true) ?? []
            reader.finish()
            guard let risk else { continue }
            if risks.contains(where: { $0.risk == risk }) { reader.error("risk", "risk \"\(risk)\" is listed twice") }
            let kept = check(ids, reader, "contacts")
            if kept.isEmpty { reader.warning("contacts", "risk \"\(risk)\" has no usable contact: it is raised with none") }
            risks.append((risk, kept))
        }
        let keep = check(root.strings("keep", required: true) ?? [], root, "keep")
        root.finish()
        return UrgentContacts(contacts: contacts, risks: risks, keep: keep)
    }

    private static func skipRest(_ reader: ObjectReader) {
        for key in ["name", "phone", "when", "resident", "url", "service", "source", "verified"] { _ = reader.value(key, required: false) }
        reader.finish()
    }

    static func digits(_ number: String) -> String { String(number.filter(\.isNumber)) }
}
