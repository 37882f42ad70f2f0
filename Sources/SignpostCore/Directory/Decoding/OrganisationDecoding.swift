/// Decodes `Directory/organisations/<id>.json`.
enum OrganisationDecoding {
    static func decode(_ reader: ObjectReader) -> Organisation? {
        let id = reader.string("id", required: true)
        let name = reader.string("name", required: true)
        let description = reader.string("description", required: true)
        let website = reader.string("website")
        let phone = reader.string("phone")
        let email = reader.string("email")
        let address = reader.string("address")
        let source = reader.string("source", required: true)
        reader.finish()
        guard let id, let name, let description, let source else { return nil }
        return Organisation(
            id: id, name: name, description: description, website: website, phone: phone, email: email,
            address: address, source: source)
    }
}
