/// Decodes the domains and needs of `Directory/taxonomy.json`.
enum TaxonomyDecoding {
    static func decodeDomain(_ reader: ObjectReader) -> NeedDomain? {
        let id = reader.string("id", required: true)
        let label = reader.string("label", required: true)
        let marmot = reader.string("marmot_objective", required: true)
        let actionPlan = reader.references("action_plan") ?? []
        let remoteServes = reader.bool("remote_serves") ?? true
        reader.finish()
        guard let id, let label, let marmot else { return nil }
        return NeedDomain(id: id, label: label, marmotObjective: marmot, actionPlan: actionPlan, remoteServes: remoteServes)
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
        let area = reader.string("priority_area", required: true)
        let domain = reader.string("domain", required: true)
        let synonyms = reader.strings("synonyms", required: true)
        let implies = reader.enumerations("implies", Circumstance.self) ?? []
        let lackIsNeed = reader.bool("lack_is_need") ?? false
        let othersMakeItOwn = reader.bool("about_others_is_own") ?? false
        reader.finish()
        guard let id, let label, let area, let domain, let synonyms else { return nil }
        var need = Need(id: id, label: label, priorityArea: area, domain: domain, synonyms: synonyms, implies: implies)
        need.lackIsNeed = lackIsNeed
        need.othersMakeItOwn = othersMakeItOwn
        return need
    }

    /// `Directory/action-plan.json`: `{"plan": {...}, "priority_areas": [...], "actions": [...]}`.
    static func decodeActionPlan(_ root: ObjectReader) -> ActionPlan {
        var title = ""
        if let plan = root.object("plan", required: true) {
            title = plan.string("title", required: true) ?? ""
            _ = plan.string("source", required: true)
            _ = plan.date("verified")
            plan.finish()
        }
        var areas: [ActionPlan.PriorityArea] = []
        for reader in root.objects("priority_areas", required: true) ?? [] {
            let id = reader.string("id", required: true)
            let areaTitle = reader.string("title", required: true)
            _ = reader.string("codes")
            reader.finish()
            if let id, let areaTitle { areas.append(ActionPlan.PriorityArea(id: id, title: areaTitle)) }
        }
        var actions: [ActionPlan.Action] = []
        for reader in root.objects("actions", required: true) ?? [] {
            let code = reader.string("code", required: true)
            let area = reader.string("priority_area", required: true)
            let actionTitle = reader.string("title", required: true)
            let lead = reader.string("lead")
            if let code, ActionPlanReference(code: code) == nil {
                reader.error("code", "\"\(code)\" is not an action-plan code (capital letters then digits, such as HB4)")
            }
            if let area, !areas.contains(where: { $0.id == area }) {
                reader.error(
                    "priority_area",
                    ObjectReader.unknownValueMessage(area, allowed: areas.map(\.id)))
            }
            reader.finish()
            if let code, let reference = ActionPlanReference(code: code), let area, let actionTitle {
                actions.append(ActionPlan.Action(reference: reference, priorityArea: area, title: actionTitle, lead: lead))
            }
        }
        root.finish()
        return ActionPlan(title: title, priorityAreas: areas, actions: actions)
    }
}
