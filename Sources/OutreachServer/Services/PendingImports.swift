import Foundation
import OutreachCore
import OutreachStore

/// Uploaded files that passed their dry run, held in memory until the office confirms them: the confirmation
/// applies exactly the bytes that were checked (named by a random id and their SHA-256), never a file sent again.
/// Each is bound to the account, session and office that checked it; held for an hour, at most `capacity` at once.
actor PendingImports {
    struct Upload: Sendable {
        var account: Int64
        var session: SessionCode
        var office: UnitCode
        var filename: String
        var bytes: [UInt8]
        var sha256: String
        var held: Date
    }

    private var uploads: [String: Upload] = [:]
    private let lifetime: TimeInterval = 3600
    private let capacity = 200
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = { Date() }) {
        self.clock = clock
    }

    /// Keeps `upload` and answers its id.
    func hold(_ upload: Upload) -> String {
        forgetExpired()
        if uploads.count >= capacity, let oldest = uploads.min(by: { $0.value.held < $1.value.held })?.key {
            uploads[oldest] = nil
        }
        let id = AppDatabase.newToken()
        uploads[id] = upload
        return id
    }

    /// The upload `id`, when it was checked by `account` for this session and office and its hash is `sha256`.
    func take(_ id: String, account: Int64, session: SessionCode, office: UnitCode, sha256: String) -> Upload? {
        forgetExpired()
        guard let upload = uploads[id], upload.account == account, upload.session == session, upload.office == office,
              AppDatabase.constantTimeEqual(upload.sha256, sha256)
        else { return nil }
        uploads[id] = nil
        return upload
    }

    /// Holds `upload` again under its id, after a confirmation refused before any row was written.
    func putBack(_ id: String, _ upload: Upload) {
        uploads[id] = upload
    }

    private func forgetExpired() {
        let since = clock().addingTimeInterval(-lifetime)
        uploads = uploads.filter { $0.value.held > since }
    }
}
