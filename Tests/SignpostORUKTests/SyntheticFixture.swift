import SignpostCore
import SignpostSynthetic

enum SyntheticFixture {
    static func directory(services: Int) -> Directory {
        SyntheticDirectory(services: services, areas: 50).generate(taxonomy: ORUKSupport.directory.taxonomy)
    }
}
