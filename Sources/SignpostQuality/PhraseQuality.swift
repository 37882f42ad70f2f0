import SignpostCore

/// How well the interpreter reads a set of labelled phrases: recall on the labelled needs, false
/// positives on phrases that state no need (small talk, idioms, denials), whether someone else's
/// needs are recorded as theirs, per-need recall and the words most often not understood.
public struct PhraseQuality: Sendable {
    public struct Miss: Sendable {
        public var phrase: String
        public var expected: String?
        public var read: [String]
        public var why: String
    }

    /// Phrases with a labelled need, and how many had it read.
    public var labelled = 0
    public var recalled = 0
    /// Phrases that must read no need (null label), or must not read a denied one, and how many did.
    public var mustNotRead = 0
    public var falsePositives = 0
    /// "About someone else" phrases, and how many were recorded as such.
    public var aboutSomeoneElse = 0
    public var aboutRecorded = 0
    /// Per style: (right, all).
    public var byStyle: [String: (right: Int, all: Int)] = [:]
    /// Per labelled need: (read, all).
    public var byNeed: [String: (read: Int, all: Int)] = [:]
    public var misses: [Miss] = []
    /// Words not understood, with how often.
    public var unrecognised: [String: Int] = [:]

    public var recall: Double { labelled == 0 ? 1 : Double(recalled) / Double(labelled) }
    public var falsePositiveRate: Double { mustNotRead == 0 ? 0 : Double(falsePositives) / Double(mustNotRead) }
    public var aboutRate: Double { aboutSomeoneElse == 0 ? 1 : Double(aboutRecorded) / Double(aboutSomeoneElse) }

    /// Reads every phrase with `interpreter` against the taxonomy.
    public static func evaluate(_ phrases: [PhraseCase], interpreter: NeedInterpreter, taxonomy: Taxonomy) -> PhraseQuality {
        var q = PhraseQuality()
        for p in phrases {
            let result = interpreter.interpret([p.phrase])
            let read = result.needs.map { taxonomy.needs[$0.need].id }
            for word in result.unrecognised { q.unrecognised[word, default: 0] += 1 }
            var ok: Bool
            var why = ""
            if let need = p.need {
                q.labelled += 1
                let hit = read.contains(need)
                if hit { q.recalled += 1 } else { why = "need not read" }
                q.byNeed[need, default: (0, 0)].all += 1
                if hit { q.byNeed[need, default: (0, 0)].read += 1 }
                ok = hit
                if p.aboutSomeoneElse {
                    q.aboutSomeoneElse += 1
                    let recorded = result.needs.contains { taxonomy.needs[$0.need].id == need && $0.about != nil }
                    if recorded { q.aboutRecorded += 1 } else if hit { ok = false; why = "not recorded as someone else's" }
                }
            } else {
                let extra = read.filter { !p.also.contains($0) }
                ok = extra.isEmpty
                if !ok { why = "read a need from a phrase that states none" }
            }
            if p.need == nil || !p.denies.isEmpty {
                q.mustNotRead += 1
                let deniedRead = read.contains { p.denies.contains($0) }
                if deniedRead { ok = false; why = "read a need the resident denied" }
                if deniedRead || (p.need == nil && !read.filter({ !p.also.contains($0) }).isEmpty) { q.falsePositives += 1 }
            }
            for style in p.styles {
                q.byStyle[style, default: (0, 0)].all += 1
                if ok { q.byStyle[style, default: (0, 0)].right += 1 }
            }
            if !ok { q.misses.append(Miss(phrase: p.phrase, expected: p.need, read: read, why: why)) }
        }
        return q
    }
}
