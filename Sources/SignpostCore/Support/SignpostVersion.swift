/// The Signpost version reported by `--version` and `server.info`.
public enum SignpostVersion {
    public static let current = "0.1.0"
}
