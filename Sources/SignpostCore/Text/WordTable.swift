/// A fixed table from words to values, for the word lists the reading stages consult at every
/// token ("is this a subject pronoun, a clause ender, a cue?"). It is built once, from the lists,
/// and answers with one FNV-1a hash of the word's bytes and a probe or two of an open-addressed
/// array: several times quicker than `Set<String>`/`Dictionary` look-ups (SipHash and their
/// generic machinery), which a stage would otherwise make several of per token.
///
/// A stage that asks several questions of one word keeps an `OptionSet` per word as the value
/// and looks it up once per token.
struct WordTable<Value: Sendable>: Sendable {
    /// Per slot, the index of its entry, or -1 when the slot is empty.
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let words: [String]
    private let values: [Value]
    private let mask: Int

    /// A table of `entries`; a word given twice has its values combined with `merge`.
    init(_ entries: some Sequence<(String, Value)>, merge: (Value, Value) -> Value) {
        var words: [String] = []
        var values: [Value] = []
        var index: [String: Int] = [:]
        for (word, value) in entries {
            if let at = index[word] {
                values[at] = merge(values[at], value)
            } else {
                index[word] = words.count
                words.append(word)
                values.append(value)
            }
        }
        var size = 8
        while size < words.count * 2 { size *= 2 }  // at most half full
        var slots = [Int32](repeating: -1, count: size)
        let hashes = words.map(WordTable.hash)
        for (i, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(i)
        }
        self.slots = slots
        self.hashes = hashes
        self.words = words
        self.values = values
        mask = size - 1
    }

    /// The value for `word`, or nil when it is not in the table.
    @inline(__always) subscript(_ word: String) -> Value? {
        let h = WordTable.hash(word)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == h && words[entry] == word { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the word's UTF-8 bytes.
    @inline(__always) static func hash(_ word: String) -> UInt64 {
        if let h = word.utf8.withContiguousStorageIfAvailable(fnv) { return h }
        return fnv(word.utf8)
    }

    @inline(__always) private static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }
}

extension WordTable where Value: OptionSet, Value.Element == Value {
    /// A table giving each word the union of the roles it is listed under.
    init(roles: [(words: any Sequence<String>, role: Value)]) {
        var entries: [(String, Value)] = []
        for (words, role) in roles {
            for word in words { entries.append((word, role)) }
        }
        self.init(entries, merge: { $0.union($1) })
    }

    /// The word's roles, empty when it has none.
    @inline(__always) func roles(of word: String) -> Value { self[word] ?? [] }
}
