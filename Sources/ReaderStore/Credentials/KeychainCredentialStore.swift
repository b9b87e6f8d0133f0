#if canImport(Security)
    import Foundation
    import Security

    /// Secrets in the Keychain, as generic passwords of one service: the
    /// default credential store on Apple platforms.
    ///
    /// For example, shared with an app extension through an access group:
    ///
    /// ```swift
    /// let credentials = KeychainCredentialStore(service: "news.reader", accessGroup: "TEAMID.news.reader")
    /// let library = try ReaderLibrary(path: cachePath, transport: transport, credentials: credentials)
    /// ```
    public struct KeychainCredentialStore: CredentialStore {
        /// The Keychain service the secrets are saved under.
        public let service: String
        /// The access group shared with extensions, if any.
        public let accessGroup: String?

        /// A store of the generic passwords of `service`.
        public init(service: String = "reader", accessGroup: String? = nil) {
            self.service = service
            self.accessGroup = accessGroup
        }

        /// The secret saved under `key`, if any.
        /// - throws: ``StoreError/database(operation:reason:)`` with the Keychain's status.
        public func secret(for key: String) async throws(StoreError) -> String? {
            var query = baseQuery(for: key)
            query[kSecReturnData as String] = true
            query[kSecMatchLimit as String] = kSecMatchLimitOne
            var result: CFTypeRef?
            let status = SecItemCopyMatching(query as CFDictionary, &result)
            if status == errSecItemNotFound { return nil }
            guard status == errSecSuccess, let data = result as? Data else { throw failure("reading", status) }
            return String(decoding: data, as: UTF8.self)
        }

        /// Saves `secret` under `key`, replacing any; `nil` removes it.
        /// - throws: ``StoreError/database(operation:reason:)`` with the Keychain's status.
        public func setSecret(_ secret: String?, for key: String) async throws(StoreError) {
            let query = baseQuery(for: key)
            guard let secret else {
                let status = SecItemDelete(query as CFDictionary)
                guard status == errSecSuccess || status == errSecItemNotFound else { throw failure("removing", status) }
                return
            }
            let data = Data(secret.utf8)
            let updated = SecItemUpdate(query as CFDictionary, [kSecValueData as String: data] as CFDictionary)
            if updated == errSecSuccess { return }
            guard updated == errSecItemNotFound else { throw failure("saving", updated) }
            var item = query
            item[kSecValueData as String] = data
            item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
            let added = SecItemAdd(item as CFDictionary, nil)
            guard added == errSecSuccess else { throw failure("saving", added) }
        }

        /// The attributes that name the item of `key`.
        private func baseQuery(for key: String) -> [String: Any] {
            var query: [String: Any] = [
                kSecClass as String: kSecClassGenericPassword,
                kSecAttrService as String: service,
                kSecAttrAccount as String: key,
            ]
            if let accessGroup { query[kSecAttrAccessGroup as String] = accessGroup }
            return query
        }

        private func failure(_ action: String, _ status: OSStatus) -> StoreError {
            let message = SecCopyErrorMessageString(status, nil) as String? ?? "status \(status)"
            return .database(operation: "\(action) a Keychain item of \(service)", reason: message)
        }
    }
#endif
