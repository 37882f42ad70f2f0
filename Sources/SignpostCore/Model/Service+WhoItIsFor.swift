extension Circumstance {
    /// Who has this circumstance, in words for a resident: "unpaid carers", "people aged…".
    public var residentWords: String {
        switch self {
        case .noCar: return "people without a car"
        case .noInternet: return "people who are not online"
        case .lowIncome: return "people on a low income or benefits"
        case .unemployed: return "people out of work"
        case .carer: return "unpaid carers"
        case .pregnant: return "people who are pregnant"
        case .livesAlone: return "people who live alone"
        case .limitedMobility: return "people who find getting about hard"
        case .hearingImpaired: return "deaf or hard of hearing people"
        case .hasGPReferral: return "people referred by a GP or nurse"
        case .disabled: return "disabled people"
        case .visuallyImpaired: return "blind or partially sighted people"
        case .longTermCondition: return "people with a long-term health condition"
        case .diagnosedDementia: return "people with a dementia diagnosis and their families"
        case .bmi30Plus: return "people who are very overweight (BMI 30 or more)"
        case .parentOfYoungChild: return "parents of children under 5"
        case .smoker: return "people who smoke"
        case .man: return "men"
        case .woman: return "women and girls"
        }
    }
}

extension Eligibility {
    /// The ages served in words: "aged 65 and over", "aged 11 to 19", or nil for any age.
    public var agesInWords: String? {
        switch (minimumAge, maximumAge) {
        case (let lo?, let hi?): return "aged \(lo) to \(hi)"
        case (let lo?, nil): return lo == 0 ? nil : "aged \(lo) and over"
        case (nil, let hi?): return "aged \(hi) and under"
        case (nil, nil): return nil
        }
    }
}

extension Service {
    /// Who the service is for, in plain words for a resident, from its eligibility and area:
    /// "Aged 65 and over; unpaid carers; living in Swanley or Hextable; your GP refers you." Nil
    /// when anyone in the district may use it and refer themselves (nothing to say).
    public var whoItIsFor: String? {
        var parts: [String] = []
        if let ages = eligibility.agesInWords { parts.append(ages) }
        // Men and women come first, so "men aged 18 and over" reads as it should.
        let conditions = eligibility.conditions.sorted { ($0 == .man || $0 == .woman) && !($1 == .man || $1 == .woman) }
        if !conditions.isEmpty {
            parts.append(Format.list(conditions.map(\.residentWords)))
        }
        // A long list of parishes says nothing to a resident of one of them.
        if case .parishes(let names) = area, !names.isEmpty, names.count <= 3 {
            parts.append("living in " + Format.list(names, conjunction: "or"))
        }
        switch eligibility.referral {
        case .selfReferral: break
        case .healthProfessional: parts.append("your GP or another health professional refers you")
        case .otherProfessional: parts.append("a support worker refers you")
        }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
