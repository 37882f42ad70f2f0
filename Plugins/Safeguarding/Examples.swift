import SignpostCore

/// The module's own examples: for each risk, statements written the way residents disclose it
/// (which must raise it) and near misses — idioms, programmes, courses, events long over — which
/// must not. They are the rules' conformance examples and what `signpost rules` shows.
enum SafeguardingExamples {
    static func statements(for kind: RiskKind) -> (triggering: [String], nonTriggering: [String]) {
        switch kind {
        case .suicideSelfHarm:
            return (
                [
                    "Honestly I don't see the point in going on any more.",
                    "My family would be better off if I wasn't here.",
                    "I've been thinking about ending it all.",
                    "I keep wishing I could just go to sleep and never wake up.",
                    "I've got a stash of pills in the drawer for when it gets too much.",
                    "I've started hurting myself again, on my legs where nobody sees.",
                    "i dont want to be here anymore",
                    "I've looked up ways to do it online.",
                    "Nobody would even notice if I was gone.",
                    "I sat by the railway bridge for an hour last night thinking about jumping.",
                    "I won't be around much longer, so it doesn't matter.",
                ],
                [
                    "My back is killing me after the gardening.",
                    "I'm dying to get back to the choir.",
                    "I was really low years ago, but I'm fine now.",
                    "We had a training day on suicide awareness at work.",
                    "I take my tablets every morning with breakfast.",
                    "I'd rather die than go on a cruise, ha.",
                    "The tablets from the GP have helped my sleep a lot.",
                    "I could murder a bacon sandwich.",
                    "My phone died on the bus.",
                    "We watched a programme about self-harm in teenagers.",
                    "There's no point in me going to the gym if it's shut on Sundays.",
                ]
            )
        case .domesticAbuse:
            return (
                [
                    "My partner goes through my phone every night.",
                    "He won't let me see my mum on my own.",
                    "I'm frightened of what he'll do when he finds out.",
                    "She hits me when she's been drinking.",
                    "He takes my wages and gives me an allowance for food.",
                    "My husband tells me I'm stupid and no one would want me.",
                    "My ex keeps following me to work.",
                    "I'm always on edge when he comes home from the pub.",
                    "He pinned me against the wall last week.",
                    "He's put a tracker on my car.",
                    "If I leave he says he'll take the kids.",
                ],
                [
                    "My husband checks the tyres on my car before a long drive.",
                    "We watched a drama about domestic abuse, it was hard going.",
                    "I left a violent marriage in 1995 and I've been happy ever since.",
                    "My wife would kill me if I forgot her birthday.",
                    "He's a control freak about the thermostat, it's a family joke.",
                    "We go through the bank statements together every month.",
                    "I text my husband when I get to work so he knows I'm there.",
                    "My ex and I get on fine now, the kids see him on Saturdays.",
                    "I'm doing a course to become a domestic abuse champion at work.",
                    "He's never hit me and he never would.",
                    "My partner likes to cook for me on Fridays.",
                ]
            )
        case .childAtRisk:
            return (
                [
                    "My son keeps going missing overnight and coming back with money.",
                    "My thirteen-year-old has a boyfriend of twenty-five.",
                    "The little boy upstairs is always asking me for food, I never see his dad.",
                    "My partner hits the kids when they play up.",
                    "Someone online keeps asking my daughter to send pictures.",
                    "I'm twelve and my dad hits my mum.",
                    "The toddler next door is left on her own in the flat for hours.",
                    "When I've been drinking I forget to feed the baby.",
                    "My grandson's been asked to carry packages for some older lads.",
                    "My niece has bruises she won't talk about.",
                ],
                [
                    "My son's playing a gangster in the school play.",
                    "The kids are starving after swimming, they eat everything in sight.",
                    "My daughter had a bad boyfriend when she was sixteen, but that was years ago and she's happily married.",
                    "My fourteen-year-old spends too long on her phone.",
                    "My two are on their own for an hour after school, they're fifteen and seventeen.",
                    "All the volunteers did safeguarding training last month.",
                    "My boy came home with a bruise from football and he's proud of it.",
                    "My daughter's nineteen and her boyfriend's twenty.",
                    "I left the kids with my mum for the weekend.",
                    "My little one cries at the nursery door every morning.",
                ]
            )
        case .adultAtRisk:
            return (
                [
                    "My nephew has my bank card and I never see my pension.",
                    "I haven't eaten a proper meal in days.",
                    "There's so much stuff in the house I sleep in the chair.",
                    "A man on the phone keeps telling me to send money to keep my savings safe.",
                    "The carers leave Mum sitting in wet pads all day.",
                    "Some lads have moved into my brother's flat and they're using his money.",
                    "My aunt has dementia and her neighbour's got her signing cheques.",
                    "I don't wash any more, I can't see the point of it.",
                    "The builders keep coming back for more money, I've paid them six thousand.",
                    "A man I met online says he loves me, and I've sent him money for his flight.",
                ],
                [
                    "My son helps me with my online banking and shows me everything.",
                    "I got caught by a scam once, but the bank refunded me.",
                    "The lady next door collects teapots, her shelves are full.",
                    "I haven't put the heating on because it's been mild.",
                    "My carers are lovely, they always stay for a cup of tea.",
                    "I give my granddaughter ten pounds at Christmas.",
                    "We watched a programme about care homes.",
                    "The roofer gave me a quote and I'm getting two more.",
                    "My daughter has power of attorney and we go through it all together.",
                    "I skipped lunch because I had a big breakfast.",
                ]
            )
        case .carerBreakdown:
            return (
                [
                    "I'm at breaking point looking after Dad.",
                    "I care for my wife and I'm scared I'll lose my temper and hurt her.",
                    "I'm on my knees caring for Mum, nobody's been to help in weeks.",
                    "I pushed my husband away when he wouldn't stop shouting, I've never done that before.",
                    "I can't cope with his care any more.",
                    "If I don't get a break soon I'll end up in hospital myself.",
                    "I'm at the end of my tether with Mum's care.",
                    "I look after my son and when he kicks off I can't cope.",
                    "The respite's been cancelled again and I'm exhausted looking after him.",
                    "I've got to walk out of the room before I do something I'll regret.",
                ],
                [
                    "I'm at the end of my tether with this laptop.",
                    "I'm at my wits' end with the council about the bins.",
                    "I looked after Mum for years until she died, and I'd do it again.",
                    "I'm a carer by profession, I work nights at a care home.",
                    "The grandkids wore me out this weekend, but I love it.",
                    "We share Dad's care between the three of us and it works well.",
                    "I went to a carers' course on moving and handling.",
                    "I get a break every Tuesday when he goes to the day centre.",
                    "I lost my temper with the call centre about his prescription.",
                    "We watched a film about a man with dementia.",
                ]
            )
        case .immediateDanger:
            return (
                [
                    "He's downstairs now smashing the kitchen door.",
                    "I've swallowed a whole bottle of paracetamol.",
                    "My husband's collapsed on the floor and he isn't breathing.",
                    "She says she's coming round with a knife tonight.",
                    "I'm standing on the bridge now.",
                    "My ex is outside and he's been drinking, he's not allowed near us.",
                    "There's a smell of gas and Mum's not answering.",
                    "Dad's wandered off in the dark and we can't find him, he's got dementia.",
                    "I've cut my wrist and there's a lot of blood.",
                    "He said he's going to kill me when he gets home tonight.",
                ],
                [
                    "I've just taken my evening tablets.",
                    "There's a man outside with a van delivering next door's sofa.",
                    "I burnt the toast and the smoke alarm went off.",
                    "I'm on the platform, my train's due.",
                    "I cut my thumb chopping onions.",
                    "Someone broke into the shed last year, the police caught him.",
                    "My husband fainted once years ago, he's been fine since.",
                    "The kids are screaming the place down over a spider.",
                    "He's outside now, he always beeps when he picks me up.",
                    "We watched a thriller where he breaks the door down.",
                ]
            )
        }
    }

    static func examples(for kind: RiskKind) -> RuleExamples {
        let (yes, no) = statements(for: kind)
        return RuleExamples(
            triggering: yes.map { RuleExample($0, .example(needs: [$0]), expect: .raisesRisk(kind.rawValue)) },
            nonTriggering: no.map { RuleExample($0, .example(needs: [$0])) })
    }

    /// For each risk, a statement that raises it without naming its specialist need (so the need is
    /// suggested, not read).
    static func suggestionTrigger(for kind: RiskKind) -> String {
        switch kind {
        case .carerBreakdown: return "If I don't get a break soon I'll end up in hospital myself."
        case .adultAtRisk: return "My nephew has my bank card and I never see my pension."
        default: return statements(for: kind).triggering[0]
        }
    }

    static func suggestionExamples(for kind: RiskKind, need: String) -> RuleExamples {
        let (_, no) = statements(for: kind)
        let yes = suggestionTrigger(for: kind)
        return RuleExamples(
            triggering: [RuleExample(yes, .example(needs: [yes]), expect: .suggests(need))],
            nonTriggering: [RuleExample(no[0], .example(needs: [no[0]]))])
    }

    static func scoringExamples(for kind: RiskKind, need: String, service: Service) -> RuleExamples {
        let (_, no) = statements(for: kind)
        let yes = suggestionTrigger(for: kind)
        return RuleExamples(
            triggering: [RuleExample(yes, .example(needs: [yes]), service: service, expect: .points(12))],
            nonTriggering: [RuleExample(no[0], .example(needs: [no[0]]), service: service)])
    }
}

extension SafeguardingModule {
    /// Whole residents and what the module should make happen for them.
    static let documentedExamples: [ResidentExample] = [
        ResidentExample(
            "Coercive control in Otford, came about work: domestic-abuse support first",
            resident: ResidentQuery(
                place: .parish("Otford"), age: 41, needs: ["looking for part-time work", "my partner reads all my texts and won't let me see my friends"],
                circumstances: ["woman"]),
            expect: [.inTop("davss-domestic-abuse-support", within: 3), .suggests("domestic-abuse")]),
        ResidentExample(
            "An older man in Swanley who says his family would be better off without him: mental-health support suggested and first",
            resident: ResidentQuery(
                place: .parish("Swanley"), age: 66, needs: ["bored since I retired", "they'd all be better off without me"], circumstances: ["man"]),
            expect: [.suggests("anxiety-depression"), .inTop("north-kent-mind-wellbeing", within: 3)]),
        ResidentExample(
            "86 in Sevenoaks Weald, her nephew has her card and her pension: adult social care suggested and near the top",
            resident: ResidentQuery(
                place: .parish("Sevenoaks Weald"), age: 86, needs: ["lonely most days", "my nephew has my bank card and I never see my pension"],
                circumstances: ["lives-alone", "woman"]),
            expect: [.suggests("independent-living"), .inTop("kcc-adult-social-care", within: 5)]),
        ResidentExample(
            "A boy in West Kingsdown who goes missing overnight: family support suggested, Family Hubs near the top",
            resident: ResidentQuery(
                place: .parish("West Kingsdown"), age: 40, needs: ["something for my son to do after school", "he keeps going missing overnight and comes back with cash"]),
            expect: [.suggests("family-support"), .inTop("family-hubs", within: 3)]),
    ]
}
