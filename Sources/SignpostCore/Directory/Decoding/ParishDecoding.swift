/// Decodes `Directory/parishes.json` and `Directory/outcodes.json`.
enum ParishDecoding {
    static func decodeParish(_ reader: ObjectReader) -> Parish? {
        let name = reader.string("name", required: true)
        let kind = reader.enumeration("kind", Parish.Kind.self, required: true)
        let population: Parish.Population? = reader.object("population").flatMap { p in
            let count = p.int("count", required: true, range: 1...10_000_000)
            let year = p.int("year", required: true, range: 1800...2100)
            let source = p.string("source", required: true)
            p.finish()
            guard let count, let year, let source else { return nil }
            return Parish.Population(count: count, year: year, source: source)
        }
        let latitude = reader.double("latitude", required: true)
        let longitude = reader.double("longitude", required: true)
        let outcodes = reader.strings("outcodes", required: true)
        let wards = reader.strings("wards") ?? []
        let healthArea = reader.string("health_area")
        let pcn = reader.string("primary_care_network")
        let deprivation: Parish.Deprivation? = reader.object("deprivation", required: true).flatMap { d in
            let level = d.int("level", required: true, range: 1...5)
            let evidence = d.strings("evidence") ?? []
            d.finish()
            return level.map { Parish.Deprivation(level: $0, evidence: evidence) }
        }
        let settlement = reader.enumeration("settlement", Parish.Settlement.self)
        let notes = reader.string("notes")
        reader.finish()
        guard let name, let kind, let latitude, let longitude, let outcodes, let deprivation else { return nil }
        return Parish(
            name: name, kind: kind, population: population,
            centroid: GeoPoint(latitude: latitude, longitude: longitude), outcodes: outcodes, wards: wards,
            healthArea: healthArea, primaryCareNetwork: pcn, deprivation: deprivation, settlement: settlement, notes: notes)
    }

    static func decodeOutcode(_ reader: ObjectReader) -> Outcode? {
        let code = reader.string("outcode", required: true)
        let latitude = reader.double("latitude", required: true)
        let longitude = reader.double("longitude", required: true)
        let parishes = reader.strings("parishes", required: true)
        let source = reader.string("source", required: true)
        reader.finish()
        if let code, !UKFormats.isWellFormedOutcode(code) {
            reader.error("outcode", "\"\(code)\" is not a well-formed postcode district (e.g. TN13)")
        }
        guard let code, let latitude, let longitude, let parishes, let source else { return nil }
        return Outcode(
            code: code.uppercased(), centroid: GeoPoint(latitude: latitude, longitude: longitude), parishes: parishes,
            source: source)
    }
}
