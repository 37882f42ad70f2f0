/// What a Directory record offers a resident, which decides where printed lists put it. Matching
/// treats every kind alike (a link worker may want a volunteering role or a school programme);
/// paper for residents carries services first, opportunities in one short section, and neither
/// school-delivered programmes nor action-plan aims.
public enum ServiceKind: String, Sendable, Hashable, CaseIterable {
    /// Something a resident can use: ring, visit, be visited, be driven (the default).
    case service
    /// Jobs, apprenticeships, placements, qualifications and volunteering roles.
    case opportunity
    /// Delivered through schools: a resident cannot sign up to it.
    case schoolsProgramme = "schools-programme"
    /// An aim of the action plan ("develop and deliver…"), not yet a service anyone can use.
    case planAim = "plan-aim"

    /// True when a printed list for residents carries it (as a service or an opportunity).
    public var isPrinted: Bool { self == .service || self == .opportunity }
}
