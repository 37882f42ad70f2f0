/// Decodes the domains and needs of `Directory/taxonomy.json`.
enum TaxonomyDecoding {
    static func decodeDomain(_ reader: ObjectReader) -> NeedDomain? {
        let id = reader.string("id", required: true)
        let label = reader.string("label", required: true)
        let marmot = reader.string("marmot_objective", required: true)
        let actionPlan = reader.enumerations("action_plan", ActionPlanReference.self) ?? []
        reader.finish()
        guard let id, let label, let marmot else { return nil }
        return NeedDomain(id: id, label: label, marmotObjective: marmot, actionPlan: actionPlan)
    }

    static func decodeCircumstancePhrases(_ reader: ObjectReader) -> CircumstancePhrases? {
        let circumstance = reader.enumeration("circumstance", Circumstance.self, required: true)
        let phrases = reader.strings("phrases", required: true)
        reader.finish()
        guard let circumstance, let phrases else { return nil }
        return CircumstancePhrases(circumstance: circumstance, phrases: phrases)
    }

    static func decodeNeed(_ reader: ObjectReader) -> Need? {
        let id = reader.string("id", required: true)
        let label = reader.string("label", required: true)
        let area = reader.enumeration("priority_area", PriorityArea.self, required: true)
        let domain = reader.string("domain", required: true)
        let synonyms = reader.strings("synonyms", required: true)
        let implies = reader.enumerations("implies", Circumstance.self) ?? []
        reader.finish()
        guard let id, let label, let area, let domain, let synonyms else { return nil }
        return Need(id: id, label: label, priorityArea: area, domain: domain, synonyms: synonyms, implies: implies)
    }
}
