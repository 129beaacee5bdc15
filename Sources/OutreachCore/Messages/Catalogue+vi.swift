import Foundation

/// The Vietnamese catalogue: the words of every message in Vietnamese, the language shown by default.
/// One entry per message of `Catalogue`, in the same order.
public struct Vietnamese: Catalogue {
    public init() {}

    // MARK: - OutreachCore/Attendance/AttendanceStatus.swift

    public var present: String { "Có mặt" }
    public var late: String { "Đến muộn" }
    public var excused: String { "Vắng có phép" }
    public var absent: String { "Vắng" }
    public var attendanceGrandTotal: String { "Tổng cộng" }

    // MARK: - OutreachCore/Attendance/SessionPart.swift

    public func morningDay(_ day: String) -> String {
        "Sáng \(day)"
    }
    public func afternoonDay(_ day: String) -> String {
        "Chiều \(day)"
    }
    public func dayDay(_ day: String) -> String {
        "Ngày \(day)"
    }

    // MARK: - OutreachCore/Budget/BudgetEstimate.swift

    public var theSessionsTemplateHasNo: String {
        "tệp mẫu của đợt không có mục budget (xem Templates/README.md, “Budget”)"
    }
    public var ownPriceBasis: String { "Đơn giá do đơn vị tổ chức tự xác định" }
    public var attendanceCountBasis: String { "Theo số người thực tế tham dự (điểm danh)" }
    public func noRateCodeIsIn(_ code: Slug, _ numeric: String) -> String {
        "không có định mức “\(code)” áp dụng ngày \(numeric) trong danh mục định mức"
    }
    public func theAmountExceedsGrouped(_ grouped: String) -> String {
        "số tiền vượt quá \(grouped) đồng"
    }
    public var confirmedNomineesNominationsClosed: String { "đại biểu đã xác nhận, đã hết hạn đăng ký" }
    public var theQuotaNominationsStillOpen: String { "theo định mức, chưa hết hạn đăng ký" }

    // MARK: - OutreachCore/Budget/BudgetLine.swift

    public var organiser: String { "đơn vị tổ chức" }
    public var sendingUnit: String { "đơn vị cử người" }
    public func eligibleFromKm(_ km: Int) -> String {
        "cách trung tâm tỉnh từ \(km) km trở lên"
    }
    public func eligibleInDistricts(_ districts: String) -> String {
        "thuộc địa bàn \(districts)"
    }
    public var eligibleOr: String { " hoặc " }

    // MARK: - OutreachCore/Budget/BudgetStatement.swift

    public var settlementInProgressALine: String {
        "Quyết toán chưa hoàn tất: khoản chưa có số thực chi được tính là 0 đồng (chưa chi); Chênh lệch = Thực chi − Dự toán."
    }

    // MARK: - OutreachCore/Budget/UncertainRates.swift

    public func ratesStillToBeChecked(_ listed: LocalizedText) -> String {
        "Mức chi chưa chắc chắn, phải đối chiếu trước khi trình ký: \(listed.vi)"
    }
    public func uncertainRate(_ line: String, _ grouped: String, _ mark: String, _ meaning: String) -> String {
        "\(line) \(grouped) đồng (\(mark) \(meaning))"
    }

    // MARK: - OutreachCore/Cascade/Duty.swift

    public var followUp: String { "Tuyên truyền lại" }
    public var registration: String { "Đăng ký thi đua" }
    public var launch: String { "Phát động thi đua" }
    public var periodicReport: String { "Báo cáo định kỳ" }
    public var compactSigned: String { "Ký giao ước thi đua" }
    public var otherDuty: String { "Nhiệm vụ khác" }
    public var due: String { "Chưa đến hạn" }
    public var doneOnTime: String { "Đúng hạn" }
    public var doneLate: String { "Trễ hạn" }
    public var overdue: String { "Quá hạn" }
    public var missing: String { "Không báo cáo" }

    // MARK: - OutreachCore/Demo/DemoPeople.swift

    public var needsNonEmptyNames: String { "cần các tên không rỗng" }
    public var needsThreeDigitPrefixesSuch: String { "cần các đầu số ba chữ số như \"091\"" }

    // MARK: - OutreachCore/Import/AttendanceRowChecker.swift

    public var noStatusOrSignatureColumn: String { "thiếu cột Trạng thái (Có mặt, Đến muộn, Vắng có phép, Vắng) hoặc Ký tên" }
    public var nobodySignedForThisPart: String { "không ai ký ở buổi này: bỏ qua cả trang (chưa nhập buổi này)" }
    public var theNameOrThePhone: String { "thiếu họ và tên hoặc số điện thoại" }
    public var writePresentLateExcusedOr: String { "ghi Có mặt, Đến muộn, Vắng có phép hoặc Vắng" }
    public func isNotAPartOf(_ parts: LocalizedText) -> String {
        "không phải buổi của đợt này; các buổi: \(parts.vi)"
    }

    // MARK: - OutreachCore/Import/ImportTable.swift

    public func rowRow(_ row: Int) -> String {
        "dòng \(row)"
    }
    public func columnColumn(_ column: String) -> String {
        "cột \(column)"
    }
    public var unnamedSheet: String { "sheet không tên" }
    public func sheetNamed(_ name: String) -> String {
        "sheet \(name)"
    }

    // MARK: - OutreachCore/Import/NomineeRowChecker.swift

    public func thePlaceOfNomineeId(_ id: Int64) -> String {
        "để trống chỗ của đại biểu #\(id): không tự rút; muốn rút thì rút riêng người này"
    }
    public var theFullNameIsMissing: String { "thiếu họ và tên" }
    public var isNotAnEmailAddress: String { "không phải địa chỉ email (ten@donvi.gov.vn)" }
    public var theSendingOfficeIsUnknown: String {
        "không biết đơn vị cử: ghi nơi công tác, hoặc cho biết đơn vị cử khi nhập"
    }
    public var theSendingOfficeIsUnknownFill: String {
        "không biết đơn vị cử: ghi nơi công tác hoặc cho biết đơn vị cử"
    }
    public func theRoleIsMissingWrite(_ names: String) -> String {
        "thiếu vai trò; ghi một trong: \(names)"
    }
    public func isNotARoleOf(_ names: String) -> String {
        "không phải vai trò của đợt này; ghi một trong: \(names)"
    }
    public func thisPlaceOnlyTakesNames(_ names: String) -> String {
        "chỗ này chỉ nhận: \(names)"
    }
    public var writeNamMaleOrFemale: String { "ghi Nam hoặc Nữ" }
    public var cannotReadTheBirthYear: String {
        "không đọc được năm sinh; ghi năm 4 chữ số (1985) hoặc ngày dd/mm/yyyy"
    }
    public func theBirthYearMustBe(_ last: Int) -> String {
        "năm sinh phải từ 1940 đến \(last)"
    }
    public var isADateNotA: String { "là một ngày, không phải số điện thoại" }
    public func theNumberCellLostThe(_ fixed: String) -> String {
        "ô kiểu số đã làm mất số 0 đầu; đã đọc là \(fixed), kiểm tra lại"
    }
    public func reasonWithLeadingZeroFix(_ reason: LocalizedText, _ digits: String) -> String {
        "\(reason.vi) (sửa thành 0\(digits))"
    }
    public var noSuchUnitWriteIts: String { "không có đơn vị này; ghi mã hoặc tên đúng như danh mục đơn vị" }
    public func matchesSeveralUnitsUniqueWrite(_ unique: String) -> String {
        "khớp nhiều đơn vị (\(unique)); ghi mã đơn vị"
    }
    public func theSamePersonAsRow(_ sheet: LocalizedText?, _ row: Int, _ samePhone: Bool) -> String {
        "trùng người ở \(sheet.map { $0.vi + ", " } ?? "")dòng \(row) (cùng họ tên và \(samePhone ? "số điện thoại" : "năm sinh")); xoá một dòng"
    }

    // MARK: - OutreachCore/Import/SignatureBlock.swift

    public var isUnderTheSignatureBlock: String {
        "nằm dưới khối chữ ký cuối danh sách: là tên người ký, không nhập (nếu là đại biểu thì chuyển lên trong bảng)"
    }

    // MARK: - OutreachCore/Model/Codes.swift

    public func textIsNotACode(_ text: String, _ shape: String) -> String {
        "“\(text)” không phải mã hợp lệ (\(shape))"
    }

    // MARK: - OutreachCore/Model/Nomination.swift

    public var proposed: String { "Đã đăng ký" }
    public var confirmed: String { "Đã xác nhận" }
    public var withdrawn: String { "Đã rút" }
    public var replaced: String { "Đã thay" }
    public var reserve: String { "Dự bị" }

    // MARK: - OutreachCore/Model/Quota.swift

    public var staffOfTheOfficeItself: String { "cán bộ của chính đơn vị" }
    public var staffOfASubordinateUnit: String { "cán bộ của đơn vị trực thuộc" }

    // MARK: - OutreachCore/Model/Rate.swift

    public func fromFrom(_ from: String) -> String {
        "từ \(from)"
    }
    public var personDay: String { "người/ngày" }
    public var delegateDay: String { "đại biểu/ngày" }
    public var halfDay: String { "buổi" }
    public var person: String { "người" }
    public var day: String { "ngày" }
    public var checkedAgainstTheText: String { "đã đối chiếu văn bản" }
    public var notConfirmedInAnySource: String { "chưa xác nhận được nguồn" }
    public var placeholderConfirmBeforeUse: String { "mức tạm, phải xác nhận trước khi dùng" }

    // MARK: - OutreachCore/Model/Session.swift

    public func duration(_ hours: Int, _ minutes: Int) -> String {
        switch (hours, minutes) {
        case (0, _): "\(minutes) phút"
        case (_, 0): "\(hours) giờ"
        default: "\(hours) giờ \(minutes) phút"
        }
    }
    public func planReference(_ type: String?, _ number: String?, _ fallback: String) -> String {
        "\(type ?? "Kế hoạch") \(number.map { "số \($0)" } ?? fallback)"
    }
    public func sessionWhen(_ time: String?, _ starts: String, _ ends: String?) -> String {
        let last = ends.map { " đến ngày \($0)" } ?? ""
        return "\(time.map { "\($0) " } ?? "")ngày \(starts)\(last)"
    }
    public var planned: String { "Kế hoạch" }
    public var openText: String { "Đang nhận đăng ký" }
    public var held: String { "Đã tổ chức" }
    public var settled: String { "Đã quyết toán" }

    // MARK: - OutreachCore/Plans/BlocRecords.swift

    public var signingTheEmulationCompact: String { "Ký kết giao ước thi đua" }
    public var quarterlyMeeting: String { "Giao ban quý" }
    public var sixMonthMeeting: String { "Giao ban 6 tháng" }
    public var yearEndReview: String { "Tổng kết năm" }

    // MARK: - OutreachCore/Plans/DutyPeriod.swift

    public func recurrenceName(_ every: Recurrence) -> String {
        switch every {
        case .month: "tháng"
        case .quarter: "quý"
        case .halfYear: "6 tháng"
        case .year: "năm"
        }
    }
    public func periodName(_ period: DutyPeriod) -> String {
        switch period.recurrence {
        case .year: "năm \(period.year)"
        case .halfYear: period.index == 1 ? "6 tháng đầu năm \(period.year)" : "6 tháng cuối năm \(period.year)"
        case .quarter: "quý \(["I", "II", "III", "IV"][period.index - 1]) năm \(period.year)"
        case .month: "tháng \(period.index) năm \(period.year)"
        }
    }
    public func keyPeriodCodeIsNot(_ key: String, _ periodCode: String, _ every: Recurrence) -> String {
        "\(key): kỳ \(periodCode) không phải kỳ \(recurrenceName(every))"
    }
    public func theLastPeriodLastCodeIs(_ lastCode: String, _ firstCode: String) -> String {
        "kỳ cuối \(lastCode) trước kỳ đầu \(firstCode)"
    }
    public func onlyThereIsNoPeriod(_ index: Int, _ perYear: Int) -> String {
        "only: kỳ thứ \(index) không có (1–\(perYear))"
    }
    public func dueOnPeriodCodeIs(_ periodCode: String) -> String {
        "due_on: kỳ \(periodCode) không thuộc các kỳ của nghĩa vụ"
    }
    public func periodCodeHasNoDue(_ periodCode: String) -> String {
        "kỳ \(periodCode) không có hạn (cần due_days_after_end hoặc due_on)"
    }
    public func dueDateDueIsoOfPeriod(_ dueIso: String, _ periodCode: String) -> String {
        "hạn \(dueIso) của kỳ \(periodCode) trước khi kỳ bắt đầu"
    }
    public var tooManyPeriodsAtMost: String { "quá nhiều kỳ (tối đa 240)" }

    // MARK: - OutreachCore/Plans/PlanTracking.swift

    public func sameTotalAs(_ total: String, _ name: String, _ criteria: String) -> String {
        "bằng điểm tổng \(total) với \(name)" + (criteria.isEmpty ? "" : " và các tiêu chí \(criteria)") + ": cùng hạng"
    }
    public func blocStandingMemberChair(_ bloc: String, _ chair: String) -> String {
        "\(bloc) (thường trực: \(chair))"
    }
    public func sameTotalAsName(_ total: Int, _ name: String, _ code: String, _ mine: Int, _ theirs: Int) -> String {
        "bằng điểm tổng \(total) với \(name); xếp trên nhờ tiêu chí \(code) \(mine) > \(theirs)"
    }
    public func sameTotalAsNameRanked(_ total: Int, _ name: String, _ code: String, _ mine: Int, _ theirs: Int) -> String {
        "bằng điểm tổng \(total) với \(name); xếp dưới vì tiêu chí \(code) \(mine) < \(theirs)"
    }

    // MARK: - OutreachCore/Rules/Authority.swift

    public func onlyTheOperatorOr(_ list: String) -> String {
        "chỉ người quản trị cơ sở dữ liệu" + (list.isEmpty ? "" : " hoặc \(list)") + " mới được"
    }
    public func onlyTheOperatorTheseOrAbove(_ list: String, _ concerned: UnitCode) -> String {
        "chỉ người quản trị cơ sở dữ liệu, \(list) hoặc cấp trên của \(concerned) mới được"
    }
    public func actionWithReason(_ action: LocalizedText, _ reason: LocalizedText) -> String {
        "\(action.vi) (\(reason.vi))"
    }
    public func unitCodeIsNotIn(_ code: UnitCode) -> String {
        "đơn vị \(code) không có trong danh sách đơn vị"
    }
    public var onlyTheOrganisersTheOffice: String {
        "chỉ đơn vị tổ chức, đơn vị liên quan hoặc cấp trên của đơn vị đó mới được"
    }
    public func onlyTheOrganisersListOr(_ list: String) -> String {
        "chỉ đơn vị tổ chức, \(list) hoặc cấp trên của đơn vị đó mới được"
    }
    public func unitDoesNotAcceptIts(_ unit: UnitCode) -> String {
        "\(unit) không tự xác nhận báo cáo của mình; nơi nhận báo cáo hoặc đơn vị tổ chức xác nhận"
    }
    public func isNotAboveList(_ list: String) -> String {
        "không phải cấp trên của \(list)"
    }
    public func onlyAUnitAboveMay(_ list: String) -> String {
        "chỉ cấp trên mới đổi đơn vị chủ quản, loại hoặc thời hạn của \(list)"
    }
    public var thisPersonWorksOutsideYour: String {
        "người này công tác ngoài các đơn vị của bạn; chỉ đơn vị nơi họ công tác, cấp trên của đơn vị đó hoặc đơn vị tổ chức mới được"
    }
    public func listIsOutsideWhatOrganiser(_ list: String, _ organiser: UnitCode) -> String {
        "\(list) không thuộc phạm vi của \(organiser) (các đơn vị của nó và của cơ quan chủ quản của nó)"
    }

    // MARK: - OutreachCore/Rules/AwardRules.swift

    public var dutyRegistered: String { "đăng ký thi đua" }
    public var dutyLaunched: String { "phát động thi đua" }
    public var dutyCompactSigned: String { "ký giao ước thi đua" }
    public func dutySent(_ title: String) -> String {
        "gửi \(title.prefix(1).lowercased() + title.dropFirst())"
    }
    public var registerVerb: String { "đăng ký" }
    public var asWrittenDoneAtAll: String { "theo văn bản: đã làm là được, bất kể ngày nào" }
    public var stricterDoneByTheDue: String { "đọc chặt: phải làm đúng hạn" }
    public func dutyDoneOnTime(_ what: LocalizedText, _ day: String, _ due: String) -> String {
        "đã \(what.vi) ngày \(day) (hạn \(due))"
    }
    public func dutyDoneLateAsWritten(_ what: LocalizedText, _ day: String, _ due: String) -> String {
        "đã \(what.vi) ngày \(day), sau hạn \(due): theo văn bản vẫn được xét"
    }
    public func dutyDoneLateCountsLate(_ what: LocalizedText, _ registration: Bool, _ day: String, _ due: String) -> String {
        "\(registration ? registerVerb : what.vi) muộn ngày \(day) (hạn \(due))"
    }
    public func dutyNotYetDue(_ what: LocalizedText, _ due: String, _ left: Int) -> String {
        "chưa \(what.vi) (hạn \(due), còn \(left) ngày)"
    }
    public func dutyNotDoneAsOf(_ what: LocalizedText, _ numeric: String, _ due: String) -> String {
        "chưa \(what.vi) tính đến ngày \(numeric) (hạn \(due))"
    }
    public func dutyNotDoneByDue(_ what: LocalizedText, _ due: String) -> String {
        "chưa \(what.vi) trước \(due)"
    }

    // MARK: - OutreachCore/Rules/BlocScoring.swift

    public var needsAtLeastOneCriterion: String { "cần ít nhất một tiêu chí" }
    public func criterionCodeCriterionCodeIsUsed(_ criterionCode: Slug) -> String {
        "mã tiêu chí \(criterionCode) trùng"
    }
    public func noCriterionCodeUnderCriteria(_ code: Slug) -> String {
        "không có tiêu chí “\(code)” trong criteria"
    }
    public func theChairHasAlreadyGiven(_ unit: UnitCode) -> String {
        "khối trưởng đã chấm điểm chính thức cho \(unit): không tự chấm lại được"
    }
    public func unitCannotCrossCheckItself(_ unit: UnitCode) -> String {
        "\(unit) không tự kiểm tra chéo mình: cần một thành viên khác"
    }
    public func checkerIsNotAMember(_ checker: UnitCode) -> String {
        "\(checker) không phải thành viên khối: kiểm tra chéo do các thành viên làm"
    }
    public func unitHasNotSentIts(_ unit: UnitCode) -> String {
        "\(unit) chưa gửi bản tự chấm điểm: kiểm tra chéo sau khi tự chấm"
    }
    public func theChairHasAlreadyGivenUnit(_ unit: UnitCode) -> String {
        "khối trưởng đã chấm điểm chính thức cho \(unit): không kiểm tra chéo lại được"
    }
    public func unitHasNotSentItsSelf(_ unit: UnitCode) -> String {
        "\(unit) chưa gửi bản tự chấm điểm: chưa chấm điểm chính thức được"
    }
    public func unitHasNotBeenCross(_ unit: UnitCode) -> String {
        "\(unit) chưa được kiểm tra chéo: chưa chấm điểm chính thức được"
    }
    public func noVoteYetTheChair(_ missing: String) -> String {
        "chưa bình xét được: khối trưởng chưa chấm xong điểm chính thức cho \(missing)"
    }
    public func codeIsNotACriterion(_ code: Slug, _ scale: String) -> String {
        "“\(code)” không có trong tiêu chí của khối (có: \(scale))"
    }
    public func criterionCodeHasNoPoints(_ criterionCode: Slug) -> String {
        "thiếu điểm tiêu chí \(criterionCode)"
    }
    public func criterionCodeTakesToPoints(_ criterionCode: Slug, _ points: Int, _ value: Int) -> String {
        "tiêu chí \(criterionCode) chấm từ 0 đến \(points) điểm, không phải \(value)"
    }
    public func moreThanHalfOfThe(_ mark: String) -> String {
        "quá nửa số thành viên khối bỏ phiếu đề nghị\(mark)"
    }
    public func votedByMoreThanPercent(_ morePercentThan: Int, _ mark: String) -> String {
        "trên \(morePercentThan)% số thành viên khối bỏ phiếu đề nghị\(mark)"
    }

    // MARK: - OutreachCore/Rules/NominationDeadlines.swift

    public var withdrawNominees: String { "rút đại biểu" }

    // MARK: - OutreachCore/Rules/Placement.swift

    public var thisPersonsWorkplaceIsNot: String { "chưa biết nơi công tác của người này" }
    public func nominateForTheQuotaOf(_ sender: UnitCode) -> String {
        "cử người vào chỉ tiêu của \(sender)"
    }
    public func theReplacementTakesThePlace(_ id: Int64, _ roles: String) -> String {
        "người thay vào chỗ của #\(id), chỗ này chỉ nhận: \(roles); muốn cử người vai trò khác thì rút #\(id) rồi thêm người mới"
    }

    // MARK: - OutreachCore/Rules/QuotaPlanner.swift

    public func unitCodeIsNotAmong(_ code: UnitCode) -> String {
        "không có đơn vị \(code) trong danh sách đơn vị đã nạp"
    }
    public func noUnitCode(_ code: UnitCode) -> String {
        "không có đơn vị \(code)"
    }
    public func blockLabelInvitesNoUnit(_ label: String) -> String {
        "nhóm “\(label)” không có đơn vị nào (kiểm tra kind và ngày hiệu lực)"
    }
    public func unitCodeAlreadyHasAQuota(_ unitCode: UnitCode, _ other: Int) -> String {
        "\(unitCode) đã có định mức ở nhóm \(other)"
    }

    // MARK: - OutreachCore/Rules/RateBook.swift

    public func tableCodeIsAlreadyDefined(_ tableCode: Slug, _ tables: String) -> String {
        "bảng “\(tableCode)” đã có trong \(tables)"
    }
    public func thereIsNoTableTarget(_ target: Slug, _ known: String) -> String {
        "không có bảng “\(target)” để ghi đè; các bảng đã đọc: \(known)"
    }
    public func theTablesOverrideEachOther(_ names: String) -> String {
        "các bảng ghi đè lên nhau thành vòng: \(names)"
    }
    public func rateCodeIsPerUnitIn(_ rateCode: Slug, _ unit: String, _ file: String, _ unit2: String) -> String {
        "\(rateCode) tính theo \(unit) trong \(file), ở đây lại là \(unit2)"
    }

    // MARK: - OutreachCore/Support/FileFailure.swift

    public func fileFailure(_ failure: FileFailure) -> String {
        switch failure {
        case let .folderMissing(folder): "thư mục \(folder) không tồn tại"
        case let .notAFolder(folder): "\(folder) không phải thư mục"
        case let .folderNotWritable(folder): "không ghi được vào thư mục \(folder)"
        case .isFolder: "là một thư mục; hãy cho tên tệp"
        case let .symbolicLink(_, target):
            "là liên kết tượng trưng (trỏ đến \(target)), không ghi qua nó; hãy cho đường dẫn thật của tệp"
        case .notARegularFile: "không phải tệp thường"
        case .readOnly: "tệp chỉ đọc, không ghi đè; bỏ thuộc tính chỉ đọc hoặc chọn tên khác"
        case .exists: "tệp đã có, không ghi đè; chọn tên khác"
        case let .cannotCreate(folder, reason): "không tạo được tệp trong thư mục \(folder) (\(reason))"
        case let .cannotRename(_, reason): "không đặt được tệp đã ghi xong vào chỗ (\(reason))"
        case let .cannotWrite(_, reason): "không ghi được tệp (\(reason))"
        case .alreadyFinished: "tệp đã ghi xong hoặc đã bỏ"
        }
    }

    // MARK: - OutreachCore/Support/FreeText.swift

    public var containsControlCharactersOrLine: String { "chứa ký tự điều khiển hoặc xuống dòng" }
    public func isLongerThanMaxLengthCharacters(_ maxLength: Int) -> String {
        "dài quá \(maxLength) ký tự"
    }

    // MARK: - OutreachCore/Support/InputField.swift

    public func fieldName(_ field: InputField) -> String {
        switch field {
        case .amount: "số tiền"
        case .code: "mã"
        case .count: "số lượng"
        case .criterion: "tiêu chí"
        case .date: "ngày"
        case .days: "số ngày"
        case .deputy: "khối phó"
        case .due: "hạn"
        case .duty: "nhiệm vụ"
        case .email: "email"
        case .expires: "hạn dùng"
        case .file: "tệp"
        case .followUpDue: "hạn tuyên truyền lại"
        case .held: "ngày tổ chức"
        case .line: "dòng dự toán"
        case .name: "họ và tên"
        case .note: "ghi chú"
        case .nominee: "đại biểu"
        case .on: "ngày báo cáo"
        case .part: "buổi"
        case .period: "kỳ"
        case .person: "người"
        case .perUnit: "số người mỗi đơn vị"
        case .phone: "điện thoại"
        case .place: "địa danh"
        case .points: "điểm"
        case .position: "chức vụ"
        case .reachedPeople: "số người đã tuyên truyền"
        case .reachedUnits: "số đơn vị đã tuyên truyền"
        case .reason: "lý do"
        case .reserve: "người dự bị"
        case .role: "vai trò"
        case .session: "đợt"
        case .status: "trạng thái"
        case .unit: "đơn vị"
        case .venue: "địa điểm"
        case .worksAt: "nơi công tác"
        }
    }
    public var aLateChangeCanStillBeMade: String { "; vẫn có thể thay đổi sau hạn nếu ghi rõ lý do" }
    public var aChangeAfterTheDeadline: String { "thay đổi sau hạn cần ghi lý do" }
    public var reasonForTheLateChange: String { "Lý do thay đổi sau hạn" }
    public var lateReasonShort: String { "Lý do (sau hạn)" }
    public var eachChangeAfterTheDeadline: String { "Mỗi thay đổi sau hạn cần ghi lý do; lý do được lưu trong nhật ký." }
    public func theListClosedWithTheSession(_ ended: String) -> String {
        "Đợt đã kết thúc ngày \(ended): danh sách đã chốt, không thay đổi được nữa; người đến dự được tính theo điểm danh."
    }
    public func theListClosedForTheOffices(_ ended: String) -> String {
        "Đợt đã kết thúc ngày \(ended): các đơn vị không thay đổi danh sách được nữa; đơn vị tổ chức vẫn xác nhận được; người đến dự được tính theo điểm danh."
    }
    public var lowerItOnlyOnPurpose: String { "; chỉ giảm khi chủ động chấp nhận, khi đó" }
    public var chooseAnotherName: String { "; chọn tên khác" }
    public var fixTheRowsAboveAnd: String { "; sửa các dòng nêu trên rồi nhập lại" }
    public var addAReserveFirst: String { " (thêm người dự bị trước)" }
    public var recordSomeoneWhoCameUnnominated: String {
        "; người đến dự mà chưa được cử ghi là người đến không đăng ký"
    }
    public var pointAtAnExistingOne: String { "; chỉ đến cơ sở dữ liệu đã có, hoặc tạo mới" }
    public var buildingTheDemoAgainWould: String { "; tạo lại demo sẽ xóa hết" }
    public var chooseAnotherDatabase: String { "; chọn cơ sở dữ liệu khác" }

    // MARK: - OutreachCore/Support/NameInput.swift

    public var mustNotBeEmpty: String { "không được để trống" }
    public var mustStartWithALetter: String { "phải bắt đầu bằng một chữ cái" }
    public var containsControlCharacters: String { "chứa ký tự điều khiển" }
    public var isLongerThanCharacters: String { "dài quá 100 ký tự" }
    public var mustNotContainDigits: String { "không được chứa chữ số" }
    public var needsFamilyAndGivenName: String { "cần đủ họ và tên (ít nhất hai chữ)" }

    // MARK: - OutreachCore/Support/OutreachError.swift

    public func missingInputReason(_ name: String, _ reason: LocalizedText) -> String {
        "thiếu \(name): \(reason.vi)"
    }
    public func invalidValueOfField(_ field: String, _ shown: String, _ reason: LocalizedText) -> String {
        "\(field)\(shown): \(reason.vi)"
    }
    public func noUnitWithCode(_ code: String) -> String {
        "không có đơn vị mã “\(code)”"
    }
    public func noSessionWithCode(_ code: String) -> String {
        "không có đợt tập huấn mã “\(code)”"
    }
    public func roleIsNotDefined(_ role: String, _ session: String, _ known: String) -> String {
        "vai trò “\(role)” không có trong đợt \(session); các vai trò: \(known)"
    }
    public func noNomineeKeyInSession(_ key: String, _ session: String) -> String {
        "không tìm thấy đại biểu “\(key)” trong đợt \(session)"
    }
    public func noPersonWithNumberId(_ id: Int64) -> String {
        "không có người mang số \(id)"
    }
    public func keyMatchesSeveralNomineesUse(_ key: String, _ candidates: String) -> String {
        "“\(key)” khớp nhiều đại biểu, hãy dùng số thứ tự: \(candidates)"
    }
    public func unitIsNotInvited(_ unit: String, _ session: String) -> String {
        "đơn vị \(unit) không được triệu tập trong đợt \(session) (không có định mức)"
    }
    public func theQuotaOfUnitDoes(_ unit: String, _ role: String, _ allowed: String) -> String {
        "định mức của \(unit) không nhận vai trò “\(role)”; chỉ nhận: \(allowed)"
    }
    public func personWorksAtWorksAtWhich(_ person: String, _ worksAt: String, _ sender: String, _ source: LocalizedText) -> String {
        "\(person) công tác tại \(worksAt), không phù hợp với chỉ tiêu của \(sender) (\(source.vi))"
    }
    public func unitHasAlreadyNominatedCount(_ unit: String, _ count: Int, _ roles: String) -> String {
        "\(unit) đã cử đủ \(count) người cho vai trò \(roles); rút hoặc thay một người trước"
    }
    public func nameIsAlreadyNominatedFor(_ name: String, _ session: String, _ sender: String) -> String {
        "\(name) đã có trong danh sách đợt \(session) (do \(sender) cử)"
    }
    public func nameIsAlreadyNominatedForSession(_ name: String, _ session: String) -> String {
        "\(name) đã có trong danh sách đợt \(session) (do một đơn vị khác cử)"
    }
    public func theNominationDeadlineOfSession(_ session: String, _ deadline: String, _ today: String) -> String {
        "đã quá hạn đăng ký của đợt \(session) (\(deadline), hôm nay \(today))"
    }
    public func unitAlreadyHasActiveFor(_ unit: String, _ active: Int, _ roles: String, _ requested: Int, _ say: String, _ beyond: String) -> String {
        "\(unit) đã có \(active) người cho \(roles), không thể giảm còn \(requested)\(say) vượt định mức: \(beyond)"
    }
    public func nomineeIsWasAndCannot(_ nominee: String, _ was: String, _ wanted: String) -> String {
        "\(nominee) đang ở trạng thái “\(was)”, không chuyển sang “\(wanted)” được"
    }
    public func sessionCodeAlreadyExistsIn(_ code: String) -> String {
        "đợt \(code) đã có trong cơ sở dữ liệu"
    }
    public var inTheCurrentFolder: String { " ở thư mục hiện tại" }
    public func noDatabasePathHere(_ path: String, _ here: String) -> String {
        "chưa có cơ sở dữ liệu \(path)\(here)"
    }
    public func noFilePath(_ path: String) -> String {
        "không có tệp \(path)"
    }
    public func noFolderPathPointAt(_ path: String, _ option: String) -> String {
        "không có thư mục \(path); chỉ đường đến thư mục bằng \(option) THƯ-MỤC"
    }
    public func filePathAlreadyExistsAnd(_ path: String) -> String {
        "tệp \(path) đã có, không ghi đè"
    }
    public func databaseErrorReason(_ path: String, _ reason: LocalizedText) -> String {
        "cơ sở dữ liệu \(path): \(reason.vi)"
    }
    public func fileErrorReason(_ path: String, _ reason: LocalizedText) -> String {
        "tệp \(path): \(reason.vi)"
    }
    public func actorMayNot(_ actor: String, _ action: LocalizedText) -> String {
        "\(actor) không có quyền \(action.vi)"
    }
    public func noPlanCode(_ code: String) -> String {
        "không có kế hoạch \(code)"
    }
    public func planCodeAlreadyExistsWith(_ code: String) -> String {
        "kế hoạch \(code) đã có với nội dung khác; đặt mã mới (code) cho kế hoạch sửa đổi"
    }
    public func noReserveWaitsForThe(_ nominee: String) -> String {
        "không có người dự bị cho chỗ của \(nominee)"
    }
    public func thePlaceOfNomineeHas(_ nominee: String, _ by: String) -> String {
        "chỗ của \(nominee) đã có \(by) thay"
    }
    public func importRefusedSomeRowsNotAllowed(_ file: String, _ errors: Int, _ notAllowed: Int) -> String {
        "\(file): \(errors) lỗi (\(notAllowed) dòng không có quyền thay đổi), không nhập gì"
    }
    public func importRefusedForRowErrors(_ file: String, _ errors: Int) -> String {
        "\(file): \(errors) lỗi, không nhập gì"
    }
    public func noBlocCode(_ code: String) -> String {
        "không có khối thi đua \(code)"
    }
    public func sessionEndedOnEnded(_ session: String, _ ended: String, _ action: LocalizedText) -> String {
        "đợt \(session) đã kết thúc ngày \(ended): không \(action.vi) được nữa (danh sách người dự đã chốt; người đến dự được tính theo điểm danh)"
    }
    public func sessionEndedOnEndedNobody(_ session: String, _ ended: String) -> String {
        "đợt \(session) đã kết thúc ngày \(ended), không cử thêm người được"
    }
    public func pathHasTotalChangesMade(_ path: String, _ total: Int, _ listed: String, _ last: String?) -> String {
        "\(path) đã có \(total) thay đổi sau khi tạo demo (\(listed)\(last.map { ", lần cuối ngày \($0)" } ?? ""))"
    }
    public func pathIsNotADemo(_ path: String) -> String {
        "\(path) không phải cơ sở dữ liệu demo, không ghi đè"
    }

    // MARK: - OutreachCore/Support/PhoneNumber.swift

    public var mayContainOnlyDigitsSpaces: String { "chỉ được gồm chữ số (có thể cách bằng dấu cách hoặc dấu chấm)" }
    public var missingTheLeading: String { "thiếu số 0 đầu" }
    public func needsDigitsMobileOrLandline(_ digitsCount: Int) -> String {
        "cần 10 chữ số (di động) hoặc 11 chữ số (cố định 02…), có \(digitsCount)"
    }

    // MARK: - OutreachCore/Support/Suggestions.swift

    public var isNotAUnitCode: String { "không phải mã đơn vị (chữ in hoa, số, gạch ngang)" }
    public func thisNameFitsSeveralUnits(_ found: String) -> String {
        "tên này chỉ nhiều đơn vị: \(found); ghi mã đơn vị"
    }

    // MARK: - OutreachCore/Templates/BudgetSection.swift

    public var needsAtLeastOneBudget: String { "cần ít nhất một dòng dự toán" }
    public func lineCodeIsDeclaredTwice(_ lineCode: Slug) -> String {
        "dòng \(lineCode) khai báo hai lần"
    }
    public var mustBeARuleFrom: String { "phải là một quy tắc {from_km: N, districts: [...]}" }
    public var mustBeTrueFalseOr: String { "phải là true, false hoặc một quy tắc {from_km: N, districts: [...]}" }
    public func mustBeBetweenAndKm(_ fromKm: Int) -> String {
        "phải từ 1 đến 2000 km, không phải \(fromKm)"
    }
    public var needsFromKmOrDistricts: String { "cần from_km hoặc districts (hoặc cả hai)" }
    public func rawQuantityIsNotAllowedChoose(_ rawQuantity: String) -> String {
        "“\(rawQuantity)” không hợp lệ; chọn participants, participant-days, half-days, days hoặc fixed N (N từ 1 đến 1000000)"
    }
    public func rawWithReason(_ raw: String, _ reason: LocalizedText) -> String {
        "“\(raw)” \(reason.vi)"
    }
    public var giveEitherRateARate: String {
        "cần đúng một trong hai: rate (mã định mức) hoặc amount (đơn giá tự xác định)"
    }
    public var onlyForLinesPaidBy: String { "chỉ dùng cho dòng do đơn vị cử người chi (payer: sending-unit)" }

    // MARK: - OutreachCore/Templates/PlanTemplate.swift

    public func yearIsOutOf(_ year: Int) -> String {
        "năm \(year) không hợp lệ (2000–2100)"
    }
    public var aPlanNeedsAtLeast: String {
        "kế hoạch cần ít nhất một hoạt động (activities) hoặc một nhiệm vụ báo cáo (duties)"
    }
    public func numberIsUsedTwice(_ number: Int) -> String {
        "số thứ tự \(number) trùng"
    }
    public func aQuarterActivityFollows(_ quarter: Int, _ lastQuarter: Int) -> String {
        "hoạt động quý \(quarter) đứng sau hoạt động quý \(lastQuarter): xếp theo quý"
    }
    public func dutyCodeDutyCodeIsUsed(_ dutyCode: Slug) -> String {
        "mã nhiệm vụ \(dutyCode) trùng"
    }
    public func theFirstPeriodFirstCodeIs(_ firstCode: String, _ year: Int) -> String {
        "kỳ đầu \(firstCode) không thuộc năm \(year) của kế hoạch"
    }
    public func dueDateDueIsoIsNot(_ dueIso: String, _ year: Int) -> String {
        "hạn \(dueIso) không thuộc năm \(year) của kế hoạch"
    }
    public var owedByIsMissingOr: String { "thiếu owed_by (hoặc members ở đầu tệp)" }
    public var aDutyIsOwedBy: String {
        "một nghĩa vụ do đơn vị (owed_by) hoặc do khối (owed_by_blocs) thực hiện, không cả hai"
    }
    public var thePlanHasNoBlocs: String { "kế hoạch không có khối (blocs) nên không có khối trưởng để gửi" }
    public func noBlocUnderBlocs(_ bloc: UnitCode) -> String {
        "không có khối \(bloc) trong blocs"
    }
    public func noBodyCodeUnderBodies(_ code: UnitCode) -> String {
        "không có cơ quan \(code) trong bodies"
    }
    public func bodyCodeBodyCodeIsUsed(_ bodyCode: UnitCode) -> String {
        "mã cơ quan \(bodyCode) trùng"
    }
    public func noDutyCodeUnderDuties(_ code: Slug) -> String {
        "không có nhiệm vụ “\(code)” trong duties"
    }
    public func blocCodeBlocCodeIsUsed(_ blocCode: UnitCode) -> String {
        "mã khối \(blocCode) trùng"
    }
    public var theDeputyIsTheChair: String { "khối phó trùng khối trưởng" }
    public var mustBeBetweenAnd: String { "phải từ 1 đến 10000" }
    public func quarterMustBeToNot(_ quarter: Int) -> String {
        "quý phải từ 1 đến 4, không phải \(quarter)"
    }
    public var aRecurringDutyGivesEach: String { "nghĩa vụ định kỳ ghi hạn từng kỳ trong recurs, không ghi due" }
    public var noPeriodHasADue: String { "không có kỳ nào có hạn" }
    public func rawIsNotAPeriod(_ raw: String) -> String {
        "“\(raw)” không phải một kỳ (2022, 2022-H1, 2022-Q3, 2022-M05)"
    }
    public func valueIsNotAReal(_ value: String) -> String {
        "“\(value)” không phải một ngày có thật (viết YYYY-MM-DD)"
    }
    public var mustBeBetweenAndDays: String { "phải từ -366 đến 366 ngày" }
    public var aDepartmentBelongsToA: String { "chỉ ghi phòng, ban cho đơn vị (unit)" }
    public var giveUnitWithAnOptional: String {
        "ghi unit (đơn vị, có thể kèm department) hoặc body (cơ quan ngoài), một trong hai"
    }
    public var needsAtLeastOneDuty: String { "cần ít nhất một nhiệm vụ" }
    public var pointsMustBeBetweenAnd: String { "điểm tối đa phải từ 1 đến 1000" }
    public var giveUnitsOrKindsOr: String { "cần units hoặc kinds (hoặc cả hai)" }
    public var selectsNoUnitCheckUnits: String {
        "không chọn được đơn vị nào (kiểm tra units, kinds và ngày hiệu lực)"
    }
    public func bodyCodeIsAnImportedUnit(_ bodyCode: UnitCode) -> String {
        "\(bodyCode) là một đơn vị đã nạp: cơ quan ngoài cần mã riêng"
    }
    public func codeIsNotAMember(_ code: UnitCode, _ blocCode: UnitCode) -> String {
        "\(code) không phải thành viên của khối \(blocCode)"
    }
    public func memberAlreadyBelongsToBloc(_ member: String, _ other: UnitCode) -> String {
        "\(member) đã thuộc khối \(other)"
    }

    // MARK: - OutreachCore/Templates/RateTableTemplate.swift

    public var needsAtLeastOneRate: String { "cần ít nhất một định mức" }
    public func effectiveToIsoIsBefore(_ toIso: String, _ effectiveFromIso: String) -> String {
        "ngày hết hiệu lực \(toIso) trước ngày có hiệu lực \(effectiveFromIso)"
    }
    public func aConfidenceRateNeedsA(_ confidence: String) -> String {
        "mức \(confidence) cần note nói rõ điều gì chưa chắc chắn"
    }
    public func rateOverlapsEarlierRate(_ index: Int, _ rate: LocalizedText, _ earlier: Int, _ other: LocalizedText) -> String {
        "rates[\(index)] (\(rate.vi)) trùng thời gian với rates[\(earlier)] (\(other.vi)): mỗi ngày một mã chỉ có một mức"
    }
    public func missingStringValueGiveItHere(_ stringValue: String, _ tableKey: String) -> String {
        "thiếu \(stringValue) (ghi ở định mức này hoặc \(tableKey) ở đầu tệp)"
    }
    public var region: String { "vùng" }

    // MARK: - OutreachCore/Templates/SessionTemplate.swift

    public func mustBeBetweenAndNot(_ days: Int) -> String {
        "phải từ 1 đến 366, không phải \(days)"
    }
    public var needsAtLeastOnePart: String { "cần ít nhất một buổi" }
    public func roleCodeIsDeclaredTwice(_ roleCode: RoleCode) -> String {
        "vai trò \(roleCode) khai báo hai lần"
    }
    public var needsAtLeastOneRole: String { "cần ít nhất một vai trò" }
    public var needsAtLeastOneQuota: String { "cần ít nhất một nhóm định mức" }
    public func roleIsNotDeclared(_ role: RoleCode) -> String {
        "vai trò “\(role)” chưa khai báo trong roles"
    }
    public func nominationDeadlineIsoIsAfter(_ deadlineIso: String, _ startsIso: String) -> String {
        "hạn đăng ký \(deadlineIso) sau ngày bắt đầu \(startsIso)"
    }
    public func followUpDueDateDueIso(_ dueIso: String, _ endsIso: String) -> String {
        "hạn tuyên truyền lại \(dueIso) trước ngày kết thúc đợt \(endsIso)"
    }
    public var endTimeIsNotAfter: String { "giờ kết thúc không sau giờ bắt đầu" }
    public func dateIsoIsNotADay(_ dateIso: String, _ startsIso: String, _ endsIso: String) -> String {
        "ngày \(dateIso) không thuộc đợt (\(startsIso) đến \(endsIso))"
    }
    public var attendanceByDayUsePartDay: String { "đợt điểm danh theo ngày: dùng part: day" }
    public var attendanceByHalfDayUseAmOrPm: String { "đợt điểm danh theo buổi: dùng part: am hoặc pm" }
    public func partHalfIsGivenTwice(_ half: String, _ date: String?) -> String {
        "buổi \(half) khai báo hai lần" + (date.map { " cho ngày \($0)" } ?? "")
    }
    public func dateIsoHasNoPartAdd(_ dateIso: String) -> String {
        "ngày \(dateIso) không có buổi nào; thêm một buổi không ghi date (mọi ngày) hoặc có date: \(dateIso)"
    }
    public func theAfternoonStartsAtStart(_ start: ClockTime, _ end: ClockTime) -> String {
        "buổi chiều bắt đầu \(start) trước khi buổi sáng kết thúc \(end)"
    }
    public func rawHalfIsNotAllowedChoose(_ rawHalf: String) -> String {
        "“\(rawHalf)” không hợp lệ; chọn am (sáng), pm (chiều) hoặc day (cả ngày)"
    }
    public func rawTimeIsNotAllowedWrite(_ rawTime: String) -> String {
        "“\(rawTime)” không hợp lệ; viết giờ bắt đầu–giờ kết thúc, ví dụ 07:30–11:30 (kết thúc sau bắt đầu)"
    }
    public var giveEitherKindOrUnits: String { "cần đúng một trong hai: kind hoặc units" }
    public var needsAtLeastOneSlot: String { "cần ít nhất một nhóm chỉ tiêu" }
    public var needsOneOrMoreDifferent: String { "cần một hoặc nhiều vai trò khác nhau" }
    public func mustBeBetweenAndNotCount(_ count: Int) -> String {
        "phải từ 1 đến 10000, không phải \(count)"
    }
    public func mustBeOneOfKnown(_ known: String, _ audience: String) -> String {
        "phải là một trong: \(known), không phải “\(audience)”"
    }
    public func mustBeBetweenAndDaysNot(_ days: Int) -> String {
        "phải từ 0 đến 3650 ngày, không phải \(days)"
    }
    public var giveEitherDueDateOr: String { "chỉ dùng một trong hai: due_date hoặc due_days_after" }
    public func mustNameAFileOf(_ value: String) -> String {
        "phải là tên một tệp trong Templates/documents/ (chữ thường, gạch ngang, không có .md), không phải “\(value)”"
    }

    // MARK: - OutreachCore/Templates/StrictDecoding.swift

    public func unknownKeyStringValueExpectedOne(_ stringValue: String, _ known: String) -> String {
        "khóa “\(stringValue)” không hợp lệ; các khóa được dùng: \(known)"
    }
    public func longerThanMaximumLengthCharacters(_ maximumLength: Int) -> String {
        "dài quá \(maximumLength) ký tự"
    }
    public func notARealDate(_ raw: String) -> String {
        "“\(raw)” không phải một ngày có thật (viết YYYY-MM-DD)"
    }
    public func rawIsNotAllowedChoose(_ raw: String, _ allowed: String) -> String {
        "“\(raw)” không hợp lệ; chọn một trong: \(allowed)"
    }
    public func notAValidTime(_ raw: String) -> String {
        "“\(raw)” không phải giờ hợp lệ (viết HH:MM)"
    }

    // MARK: - OutreachCore/Templates/TemplateLoader.swift

    public var cannotReadTheFolder: String { "không đọc được thư mục" }
    public var cannotBeRead: String { "không đọc được" }
    public var isNotUTFText: String { "không phải văn bản UTF-8" }
    public var theFileIsEmpty: String { "tệp rỗng" }
    public func malformedYAMLSummary(_ summary: String) -> String {
        "YAML sai cú pháp: \(summary)"
    }
    public func missingRequiredKeyStringValue(_ stringValue: String) -> String {
        "thiếu trường bắt buộc “\(stringValue)”"
    }
    public func wrongTypeExpected(_ describe: LocalizedText) -> String {
        "sai kiểu dữ liệu, cần \(describe.vi)"
    }
    public func missingValueExpected(_ describe: LocalizedText) -> String {
        "thiếu giá trị, cần \(describe.vi)"
    }
    public var yamlText: String { "văn bản" }
    public var anInteger: String { "một số nguyên" }
    public var aList: String { "một danh sách" }
    public var aMapping: String { "một bảng khóa" }

    // MARK: - OutreachCore/Templates/UnitListTemplate.swift

    public func theStatisticalCodeMustBe(_ statCode: String) -> String {
        "mã thống kê phải gồm 3 chữ số (080), không phải \(statCode)"
    }
    public func mustBeBetweenAndMaximumDistance(_ maximumDistance: Int, _ km: Int) -> String {
        "phải từ 0 đến \(maximumDistance) km, không phải \(km)"
    }
    public func districtIsNotIn(_ district: String) -> String {
        "huyện \(district) không có trong danh sách districts"
    }
    public func codeUnitCodeRepeatsUnitNumber(_ unitCode: UnitCode, _ first: Int) -> String {
        "mã \(unitCode) trùng với đơn vị thứ \(first)"
    }
    public func validToIsoIsBefore(_ toIso: String, _ fromIso: String) -> String {
        "ngày hết hiệu lực \(toIso) trước ngày bắt đầu \(fromIso)"
    }
    public func parentIsNotIn(_ parent: UnitCode) -> String {
        "đơn vị cấp trên \(parent) không có trong tệp"
    }
    public func theParentsOfUnitCodeForm(_ unitCode: UnitCode) -> String {
        "quan hệ cấp trên của \(unitCode) tạo thành vòng lặp"
    }
    public func theNumberOfPeopleMust(_ maximumStaff: Int, _ staff: Int) -> String {
        "số người phải từ 0 đến \(maximumStaff), không phải \(staff)"
    }

    // MARK: - OutreachCore/Vietnamese/MoneyAmountError.swift

    public var isNotAWholeAmount: String { "không phải số tiền nguyên đồng (viết 1500000, 1.500.000 hoặc 1,500,000)" }
    public var cannotBeNegative: String { "không được âm" }
    public func tooLargeAtMostGrouped(_ grouped: String) -> String {
        "lớn quá, tối đa \(grouped) đồng"
    }
    public func cannotWriteInWords(_ grouped: String) -> String {
        "không viết được \(grouped) bằng chữ: số tiền từ 0 đến 999.999.999.999.999"
    }

    // MARK: - OutreachDocuments/DocumentTemplate.swift

    public var theFrontMatterOpensWith: String { "phần đầu mở bằng --- nhưng không có dòng --- đóng lại" }
    public var theFrontMatterMustBe: String { "phần đầu phải là các dòng “khóa: giá trị”" }
    public func theFrontMatterCannotBe(_ error: any Error) -> String {
        "phần đầu không đọc được: \(error)"
    }
    public func unknownKeyUseKnown(_ known: String) -> String {
        "khóa không biết; dùng: \(known)"
    }
    public var mustBeTextInDouble: String { "phải là chữ (đặt trong ngoặc kép “…” khi có {{…}})" }
    public var titleSizeRange: String { "phải từ 10 đến 40" }
    public var mustBeAList: String { "phải là một danh sách (- …)" }
    public var mustBeKeyTextLines: String { "phải là các dòng “khóa: chữ”" }
    public var cannotBeReadUTFNeeded: String { "không đọc được (cần UTF-8)" }
    public var elseOutsideIf: String { "{{else}} không nằm trong {{#if …}}" }
    public var eachWithoutAnOpenEach: String { "{{/each}} không có {{#each …}} mở trước" }
    public func trimmedWithoutAnOpenIf(_ trimmed: String) -> String {
        "\(trimmed) không có {{#if …}} mở trước"
    }
    public func trimmedIsNotUnderstoodUse(_ trimmed: String) -> String {
        "không hiểu \(trimmed); dùng {{#each}}, {{#if}}, {{#unless}}, {{else}}, {{/each}}, {{/if}}"
    }
    public var theBlockOpenedOnThis: String { "khối mở ở dòng này không được đóng ({{/each}} hoặc {{/if}})" }
    public func eachNameIsNot(_ name: String) -> String {
        "{{#each \(name)}}: “\(name)” không phải một danh sách"
    }
    public var withoutAClosing: String { "“{{” không có “}}” đóng lại" }
    public func nameIsAListUse(_ name: String) -> String {
        "{{\(name)}} là một danh sách: dùng {{#each \(name)}} … {{/each}}"
    }
    public func noFieldNameTheFields(_ name: String, _ known: String) -> String {
        "không có trường {{\(name)}}; các trường có ở đây: \(known)"
    }

    // MARK: - OutreachDocuments/DocxWriter.swift

    public func cannotWriteTheFileLocalizedDescription(_ localizedDescription: String) -> String {
        "không ghi được tệp (\(localizedDescription))"
    }

    // MARK: - OutreachDocuments/PDFConverter.swift

    public var pdfNeedsLibreOfficeSofficeInstall: String {
        "--pdf cần LibreOffice (soffice): cài bằng “make pdf-deps” hoặc “apt-get install libreoffice-writer-nogui”"
    }
    public var cannotCreateATemporaryFolder: String { "không tạo được thư mục tạm" }
    public func cannotRunLibreOfficeError(_ error: any Error) -> String {
        "không chạy được LibreOffice: \(error)"
    }
    public func libreOfficeDidNotFinishThe(_ value: Int) -> String {
        "LibreOffice không in xong sang PDF trong \(value) giây"
    }
    public func libreOfficeCouldNotPrintIt(_ terminationStatus: Int32) -> String {
        "LibreOffice không in được sang PDF (mã \(terminationStatus))"
    }
    public var cannotWriteThePDF: String { "không ghi được tệp PDF" }

    // MARK: - OutreachExport/CascadeSheet.swift

    public func sessionCodeHasNoFollow(_ sessionCode: SessionCode, _ numeric: String) -> String {
        "đợt \(sessionCode) chưa có nhiệm vụ tuyên truyền lại nào đến ngày \(numeric): giao nhiệm vụ cho các đơn vị trước"
    }

    // MARK: - OutreachExport/ExportFile.swift

    public var theFolderCannotBeCreated: String {
        "không tạo được thư mục (một phần của đường dẫn là tệp, hoặc không có quyền ghi)"
    }
    public func theFileCouldNotBe(_ error: String) -> String {
        "không ghi được tệp (\(error))"
    }
    public func workbookRefusedData(_ error: String) -> String {
        "dữ liệu không ghi được vào bảng tính (\(error))"
    }

    // MARK: - OutreachExport/PaymentListSheet.swift

    public func sessionCodeHasNoSuch(_ sessionCode: SessionCode, _ codes: String) -> String {
        "đợt \(sessionCode) không có dòng dự toán này; các dòng: \(codes)"
    }
    public func thisLineIsNotPaid(_ quantityText: String) -> String {
        "dòng này không chi theo từng người (số lượng: \(quantityText)), không lập danh sách chi tiền được"
    }

    // MARK: - OutreachExport/ReminderSheet.swift

    public func cannotBeWrittenLocalizedDescription(_ localizedDescription: String) -> String {
        "không ghi được (\(localizedDescription))"
    }

    // MARK: - OutreachImport/ImportFile.swift

    public func noHeaderRowNamingThe(_ titles: String) -> String {
        "không tìm thấy dòng tiêu đề có cột \(titles); dùng phiếu đăng ký xuất từ outreach hoặc thêm dòng tiêu đề"
    }
    public var nomineeColumnTitles: String { "Họ và tên, Vai trò, Điện thoại…" }
    public var attendanceColumnTitles: String { "Họ và tên, Trạng thái…" }
    public func textTypedInLegacyConverted(_ legacy: String) -> String {
        "chữ gõ theo bảng mã \(legacy), đã chuyển sang Unicode; kiểm tra lại"
    }
    public func ignoringUnusedColumnsIgnored(_ ignored: String) -> String {
        "bỏ qua các cột không dùng: \(ignored)"
    }

    // MARK: - OutreachImport/TextTables.swift

    public func columnNumber(_ v0: String) -> String {
        ", cột \(v0)"
    }
    public func nulCharacterInCSV(_ line: Int, _ column: LocalizedText) -> String {
        "dòng \(line)\(column.vi): có ký tự NUL, tệp này không phải văn bản .csv; xoá ký tự đó, hoặc lưu lại tệp từ Excel dạng CSV UTF-8"
    }
    public var isNeitherAnXlsxNor: String { "không phải tệp .xlsx hay .csv (mã UTF-16 hỏng)" }

    // MARK: - OutreachImport/WorkbookTables.swift

    public func cannotBeReadAsXlsx(_ error: any Error) -> String {
        "không đọc được tệp .xlsx (\(error))"
    }
    public func holdsMoreThanCountCharacters(_ count: Int) -> String {
        "dài hơn \(VietnameseNumber.grouped(Int64(count))) ký tự, giới hạn một ô của Excel"
    }
    public func holdsMoreThanCountStrings(_ count: Int) -> String {
        "có hơn \(VietnameseNumber.grouped(Int64(count))) chuỗi chữ"
    }
    public func holdsMoreThanMibOf(_ mib: String) -> String {
        "chứa hơn \(mib) chữ"
    }
    public func decompressesToMoreThanMib(_ mib: String) -> String {
        "giải nén ra hơn \(mib)"
    }
    public func decompressesToMoreThanMibFrom(_ mib: String, _ size: String, _ ratio: UInt64) -> String {
        "giải nén ra hơn \(mib) từ tệp \(size) (bảng tính thật nén không quá \(ratio) lần)"
    }
    public func holdsAnXMLTagLonger(_ mib: String) -> String {
        "có một thẻ XML dài hơn \(mib)"
    }
    public func fileTooLargeNotImported(_ part: String, _ mib: String, _ upTo: LocalizedText) -> String {
        "tệp quá lớn, không nhập: các ô của \(part) chứa hơn \(mib) chữ\(upTo.vi), một chuỗi dùng chung tính ở mỗi ô dùng nó; cơ sở dữ liệu không thay đổi"
    }
    public func fileTooLargeAtPlace(_ place: LocalizedText, _ what: LocalizedText) -> String {
        "tệp quá lớn, không nhập: \(place.vi) \(what.vi); cơ sở dữ liệu không thay đổi"
    }
    public var xlsxCannotOpen: String { "không mở được tệp" }
    public var xlsxNotAZip: String { "không phải tệp .xlsx (không phải tệp nén zip); hãy lưu lại từ Excel dạng .xlsx hoặc CSV UTF-8" }
    public var xlsxDamagedZip: String { "tệp .xlsx bị hỏng hoặc không trọn vẹn" }
    public var xlsxNotAWorkbook: String { "là tệp nén zip nhưng không phải bảng tính .xlsx" }
    public func xlsxMissingPart(_ part: String) -> String {
        "tệp .xlsx thiếu phần \(part)"
    }
    public func xlsxMalformedXML(_ part: String, _ line: Int) -> String {
        "tệp .xlsx hỏng: \(part) dòng \(line) không phải XML hợp lệ"
    }
    public func xlsxCorruptPart(_ part: String) -> String {
        "tệp .xlsx hỏng: không giải nén được \(part)"
    }
    public func xlsxNoSheetNamed(_ sheet: String) -> String {
        "không có trang tính “\(sheet)”"
    }
    public var xlsxTooLargeToRead: String { "tệp .xlsx quá lớn để đọc" }
    public func xlsxPlace(_ part: String, _ cell: String?) -> String {
        cell.map { "ô \($0) trong \(part)" } ?? part
    }
    public func xlsxUpToCell(_ cell: String?) -> String {
        cell.map { " (đến ô \($0))" } ?? ""
    }
    public func theFormsHiddenMarkersAre(_ what: String) -> String {
        "phiếu đăng ký bị hỏng phần đánh dấu ẩn (\(what)); xuất lại phiếu đăng ký rồi điền lại"
    }

    // MARK: - OutreachOperations/Demo/DemoScenario.swift

    public func theDemoDatabaseCouldNot(_ reason: LocalizedText) -> String {
        "không chuyển được cơ sở dữ liệu demo vào chỗ: \(reason.vi)"
    }

    // MARK: - OutreachOperations/Exports.swift

    public func exportTheSignInSheet(_ code: SessionCode) -> String {
        "xuất danh sách ký tên của \(code)"
    }
    public func exportTheAttendanceOfCode(_ code: SessionCode) -> String {
        "xuất bảng điểm danh của \(code)"
    }
    public func exportTheBudgetOfCode(_ code: SessionCode) -> String {
        "xuất dự toán của \(code)"
    }
    public func exportThePaymentListOf(_ code: SessionCode) -> String {
        "xuất danh sách chi của \(code)"
    }
    public func exportTheFollowUpWorkbook(_ code: SessionCode) -> String {
        "xuất bảng theo dõi tuyên truyền lại của \(code)"
    }
    public var nobodyIsMarkedPresentYet: String {
        "chưa có ai được điểm danh có mặt: ghi điểm danh trước (điểm danh từng người, hoặc nhập bảng ký tên đã ký)"
    }
    public var cannotCreateTheFolder: String { "không tạo được thư mục" }
    public func invitationTitle(_ name: String) -> String {
        "Giấy mời – \(name)"
    }
    public var remindersDutyHeading: String { "Nhiệm vụ" }
    public func planRemindersTitle(_ plan: String) -> String {
        "Danh sách đơn vị cần nhắc báo cáo – kế hoạch \(plan)"
    }
    public var planRemindersPrintTitle: String { "DANH SÁCH ĐƠN VỊ CẦN NHẮC BÁO CÁO" }
    public func planSubject(_ title: String, _ plan: String) -> String {
        "\(title) (kế hoạch \(plan))"
    }
    public func sessionSubject(_ title: String, _ session: String) -> String {
        "\(title) (đợt \(session))"
    }

    // MARK: - OutreachOperations/ImportNominees.swift

    public func thisFormBelongsToSession(_ formSession: SessionCode) -> String {
        "phiếu này là của đợt \(formSession)"
    }
    public var thisFileIsNotA: String { "tệp này không phải phiếu đăng ký xuất từ outreach nên cần cho biết đợt" }
    public func thisFormBelongsToFormUnit(_ formUnit: UnitCode) -> String {
        "phiếu này là của \(formUnit); bỏ đơn vị đã ghi hoặc dùng đúng phiếu"
    }
    public var hasNoRowWithA: String { "không có dòng nào có họ tên để nhập (chỉ có dòng tiêu đề?)" }

    // MARK: - OutreachServer/Application+build.swift

    public func cannotReadThe(_ what: LocalizedText) -> String {
        "không đọc được \(what.vi) (cần tệp PEM)"
    }
    public var tlsCertificate: String { "chứng chỉ TLS" }
    public var tlsPrivateKey: String { "khóa riêng TLS" }
    public var theTLSCertificateAndKey: String { "chứng chỉ và khóa TLS không dùng được cùng nhau" }

    // MARK: - OutreachServer/Middleware/Guard.swift

    public func thisAddressDoesNotTake(_ method: String, _ names: String) -> String {
        "địa chỉ này không nhận \(method), chỉ nhận \(names)"
    }
    public var couldNotBeDone: String { "Không thực hiện được" }
    public func didYouMeanNames(_ names: String) -> String {
        "; có phải: \(names)?"
    }
    public var notAllowed: String { "Không có quyền" }

    // MARK: - OutreachServer/Routes/APIController.swift

    public func statusRawIsNotValid(_ raw: String) -> String {
        "trạng thái “\(raw)” không hợp lệ (present, late)"
    }
    public func partRawMustBeDATE(_ raw: String) -> String {
        "buổi “\(raw)” phải là NGÀY:am, NGÀY:pm hoặc NGÀY"
    }
    public func statusIsNotValid(_ status: String) -> String {
        "trạng thái “\(status)” không hợp lệ (present, late, excused, absent)"
    }
    public func dateRawMustBeDD(_ raw: String) -> String {
        "ngày “\(raw)” phải viết DD/MM/YYYY hoặc YYYY-MM-DD"
    }
    public func rawIsNotAUnit(_ raw: String) -> String {
        "“\(raw)” không phải mã đơn vị"
    }
    public func roleIsNotValid(_ role: String) -> String {
        "vai trò “\(role)” không hợp lệ"
    }

    // MARK: - OutreachServer/Routes/PageController+Duties.swift

    public func theDateRawDateCannotBe(_ rawDate: String) -> String {
        "ngày “\(rawDate)” không đọc được (DD/MM/YYYY)"
    }
    public var isNotAPeriod: String { "không phải một kỳ (2022, 2022-H1, 2022-Q3, 2022-M05)" }
    public func rawMustBeAWhole(_ raw: String) -> String {
        "“\(raw)” phải là một số nguyên không âm"
    }
    public var theEvidenceFileCannotBe: String { "không ghi được tệp minh chứng" }
    public func plannedTheFollowUpSession(_ sessionCode: SessionCode, _ numeric: String, _ quotas: Int) -> String {
        "Đã lập đợt tuyên truyền lại \(sessionCode) ngày \(numeric), \(quotas) đơn vị được mời"
    }
    public func followUpReportSaved(_ corrected: Bool, _ numeric: String, _ reachedUnits: Int, _ audienceUnits: Int, _ reachedPeople: Int, _ label: String) -> String {
        "\(corrected ? "Đã sửa" : "Đã ghi") báo cáo tuyên truyền lại: tổ chức \(numeric), \(reachedUnits)/\(audienceUnits) đơn vị, \(reachedPeople) người – \(label)"
    }
    public var planReportBacks: String { "Báo cáo theo kế hoạch" }
    public func planReportSaved(_ corrected: Bool, _ title: String, _ numeric: String, _ label: String) -> String {
        "\(corrected ? "Đã sửa" : "Đã ghi") báo cáo “\(title)” ngày \(numeric) – \(label)"
    }

    // MARK: - OutreachServer/Routes/PageController+Import.swift

    public var noFileXlsxOrCsv: String { "chưa chọn tệp (.xlsx hoặc .csv) để tải lên" }
    public var theCheckedFileIsNo: String {
        "không còn tệp đã kiểm tra này (đã nhập, đã quá một giờ, hoặc không phải tệp đơn vị mình đã kiểm tra); hãy tải tệp lên và kiểm tra lại"
    }
    public var theUploadCouldNotBe: String { "không lưu tạm được tệp tải lên" }
    public var yourSessionHasEndedSign: String { "phiên đăng nhập đã hết; hãy đăng nhập lại" }
    public var theTemporaryFolderCannotBe: String { "không tạo được thư mục tạm" }
    public var importAList: String { "Nhập danh sách" }
    public var checkResult: String { "Kết quả kiểm tra" }
    public func importedFilenameAddedCountReplaced(_ filename: String, _ count: Int, _ count2: Int, _ count3: Int, _ count4: Int) -> String {
        "Đã nhập \(filename): thêm \(count), thay \(count2), cập nhật \(count3), không đổi \(count4)"
    }

    // MARK: - OutreachServer/Routes/PageController+Organiser.swift

    public func seeTheWholeSessionCode(_ code: SessionCode) -> String {
        "xem toàn bộ đợt \(code)"
    }
    public func rawIsNotInsideThe(_ raw: String) -> String {
        "“\(raw)” không nằm trong thư mục xuất của đợt; chỉ tải được tệp trong đó"
    }
    public func noFileRawInThe(_ raw: String) -> String {
        "không có tệp “\(raw)” trong thư mục xuất"
    }

    // MARK: - OutreachServer/Routes/PageController+PlanExports.swift

    public var yearlyPlansAndBlocs: String { "Kế hoạch năm và khối thi đua" }

    // MARK: - OutreachServer/Routes/PageController.swift

    public func nomineeNumberRawMustBe(_ raw: String) -> String {
        "số đại biểu “\(raw)” phải là một số nguyên dương"
    }
    public func noUnitIsCalledRaw(_ raw: String, _ example: UnitCode) -> String {
        "không có đơn vị nào tên “\(raw)”; chọn trong danh sách hoặc ghi mã đơn vị (như \(example))"
    }
    public var sessions: String { "Các đợt tập huấn" }
    public var replaceANominee: String { "Thay đại biểu" }
    public var listedAsAReserve: String { "Đã ghi người dự bị" }
    public var nominated: String { "Đã đề cử" }
    public func idFullNameReserveTakesThe(_ id: Int64, _ fullName: String, _ place: Int64, _ state: String) -> String {
        "#\(id) \(fullName) (dự bị) nhận chỗ của #\(place): \(state)"
    }
    public func aReserveMayTakeThe(_ id: Int64, _ fullName: String) -> String {
        "; người dự bị có thể nhận chỗ: #\(id) \(fullName)"
    }
    public var by: String { "bằng" }

    // MARK: - OutreachServer/Routes/SignInController.swift

    public var signIn: String { "Đăng nhập" }

    // MARK: - OutreachServer/Services/ExportDownloads.swift

    public var theServerFoundNoTemplates: String {
        "máy chủ không tìm thấy thư mục Templates (câu chữ văn bản) để soạn văn bản; hãy chạy lại máy chủ với --templates THƯ-MỤC"
    }
    public var signInSheetExportSignin: String { "Danh sách ký tên (export signin)" }
    public var nomineeListExportNominees: String { "Danh sách đại biểu (export nominees)" }
    public var attendanceExportAttendance: String { "Điểm danh (export attendance)" }
    public var followUpCascadeExportCascade: String { "Tuyên truyền lại (export cascade)" }
    public var budgetEstimateAndSettlementExport: String { "Dự toán, quyết toán kinh phí (export budget)" }
    public var theSessionsPlanDocPlan: String { "Kế hoạch tổ chức đợt (doc plan)" }
    public var invitationsEveryOfficeInOne: String { "Giấy mời, mọi đơn vị trong một tệp (doc invitation)" }
    public var decisionApprovingTheBudgetDoc: String { "Quyết định phê duyệt dự toán (doc decision)" }
    public var certificatesDocCertificates: String { "Giấy chứng nhận (doc certificates)" }
    public var thePlanAsIssuedExport: String { "Kế hoạch như khi ban hành (export plan)" }
    public var reportBackTrackerExportDuties: String { "Theo dõi báo cáo (export duties)" }
    public var thePlansDocumentDocPlan: String { "Văn bản kế hoạch (doc plan)" }
    public var theBlocsScoreSheetExport: String { "Bảng điểm của khối (export bloc)" }

    // MARK: - OutreachServer/Services/Multipart.swift

    public var theUploadCannotBeRead: String { "nội dung tải lên không đọc được (multipart/form-data hỏng)" }

    // MARK: - OutreachServer/Services/Outreach.swift

    public var theServerFoundNoTemplatesFolder: String {
        "máy chủ không tìm thấy thư mục Templates (bảng định mức chi) để lập dự toán; hãy chạy lại máy chủ với --templates THƯ-MỤC"
    }

    // MARK: - OutreachServer/Services/RequestBody.swift

    public func theFieldHasThe(_ field: String) -> String {
        "trường “\(field)” sai kiểu"
    }

    // MARK: - OutreachServer/Views/HTML.swift

    public var trainingNominations: String { "Tập huấn – Đăng ký đại biểu" }
    public var signOut: String { "Đăng xuất" }
    public var otherLanguageName: String { "English" }

    // MARK: - OutreachServer/Views/Pages+Duties.swift

    public func dueNumericAudienceUnits(_ numeric: String, _ audienceUnits: Int, _ audiencePeople: Int, _ label: String) -> String {
        "Hạn \(numeric); đối tượng: \(audienceUnits) đơn vị, \(audiencePeople) người. Tình trạng: \(label)."
    }
    public var followUpSession: String { "Đợt tuyên truyền lại: " }
    public func reportedHeldNumericReachedUnits(_ numeric: String, _ reachedUnits: Int, _ reachedPeople: Int) -> String {
        "Đã báo cáo: tổ chức \(numeric), \(reachedUnits) đơn vị, \(reachedPeople) người."
    }
    public var planTheFollowUpSession: String { "Lập đợt tuyên truyền lại" }
    public var dateDDMMYYYY: String { "Ngày tổ chức (DD/MM/YYYY)" }
    public var days: String { "Số ngày" }
    public var venue: String { "Địa điểm" }
    public var peoplePerUnit: String { "Số người mỗi đơn vị cử" }
    public var plan: String { "Lập đợt" }
    public var countFromTheFollowUp: String { "Đếm từ điểm danh của đợt tuyên truyền lại" }
    public var followUpCascade: String { "Tuyên truyền lại" }
    public var reportTheResult: String { "Báo cáo kết quả" }
    public var dayHeldDDMMYYYY: String { "Ngày tổ chức (DD/MM/YYYY)" }
    public var unitsReached: String { "Số đơn vị đã tuyên truyền" }
    public var peopleReached: String { "Số người đã tuyên truyền" }
    public var note: String { "Ghi chú" }
    public var sendTheReport: String { "Gửi báo cáo" }
    public var noPlanAsksYourUnit: String { "Không có kế hoạch nào giao nhiệm vụ báo cáo cho đơn vị." }
    public func reportedOnNumeric(_ numeric: String) -> String {
        "đã báo cáo ngày \(numeric)"
    }
    public var withAnEvidenceFile: String { ", có tệp minh chứng" }
    public var duty: String { "Nhiệm vụ" }
    public var dueInPageDuties: String { "Hạn" }
    public var status: String { "Tình trạng" }
    public var report: String { "Báo cáo" }
    public var sentOnDDMMYYYY: String { "Ngày gửi (DD/MM/YYYY)" }
    public var dayTheReportWasSent: String { "Ngày gửi báo cáo" }
    public var evidenceFile: String { "Tệp minh chứng" }
    public var sessionsInPageDuties: String { "Các đợt" }
    public func giveTheDayTheReport(_ maxUpload: Int) -> String {
        "Ghi ngày báo cáo đến nơi nhận; tệp minh chứng (tùy chọn, tối đa \(maxUpload) KiB) được lưu lại kèm mã SHA-256. Báo cáo lần hai sửa lần một."
    }

    // MARK: - OutreachServer/Views/Pages+Import.swift

    public var importNomineesFromAFile: String { "Nhập đại biểu từ tệp" }
    public func uploadTheFilledNominationForm(_ base: String, _ maxUpload: Int) -> String {
        "Tải lên phiếu đăng ký đã điền (<a href=\"\(base)/phieu-dang-ky.xlsx\">tải phiếu</a>) hoặc một danh sách .xlsx/.csv có dòng tiêu đề (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại…). Tệp được kiểm tra trước, chưa ghi gì; sau đó bạn xác nhận để nhập. Tối đa \(maxUpload) KiB."
    }
    public var fileXlsxOrCsv: String { "Tệp (.xlsx hoặc .csv)" }
    public var checkWritesNothing: String { "Kiểm tra (chưa ghi gì)" }
    public var errorInPageImport: String { "Lỗi" }
    public var warning: String { "Cảnh báo" }
    public var severity: String { "Mức" }
    public var sheet: String { "Trang tính" }
    public var row: String { "Dòng" }
    public var column: String { "Cột" }
    public var message: String { "Nội dung" }
    public var problems: String { "Các vấn đề" }
    public var errors: String { "lỗi" }
    public var add: String { "thêm" }
    public var replace: String { "thay chỗ" }
    public var update: String { "cập nhật" }
    public var change: String { "Thay đổi" }
    public var name: String { "Họ và tên" }
    public var role: String { "Vai trò" }
    public func importPlanCounts(_ count: Int, _ count2: Int, _ count3: Int, _ count4: Int) -> String {
        "thêm \(count), thay \(count2), cập nhật \(count3), không đổi \(count4)"
    }
    public var nothingWasChangedCorrectThe: String { "Không có gì bị thay đổi. Sửa tệp rồi tải lên lại." }
    public var dryRunNothingWritten: String { "Chạy thử, chưa ghi gì" }
    public var confirmImportExactlyThisFile: String { "Xác nhận nhập đúng tệp này" }
    public var fileCheck: String { "Kiểm tra tệp" }
    public var uploadAnotherFile: String { "Tải lên tệp khác" }
    public var back: String { "Quay lại" }
    public func actorMayNotAsked(_ actor: String, _ asked: String) -> String {
        "\(actor) không có quyền \(asked)."
    }
    public var anOfficeSeesAndChanges: String {
        "Mỗi đơn vị chỉ xem và thay đổi định mức, đại biểu của mình và của các đơn vị trực thuộc; đơn vị tổ chức đợt xem được tất cả."
    }
    public var nothingWasChanged: String { "Không có gì bị thay đổi." }
    public var home: String { "Về trang đầu" }
    public func downloadTheScoreSheetOf(_ code: String) -> String {
        "tải bảng điểm của khối \(code)"
    }
    public func downloadTheWorkbooksOfPlan(_ code: String) -> String {
        "tải các bảng tính của kế hoạch \(code)"
    }
    public var doThis: String { "thực hiện thao tác này" }
    public func inSession(_ session: String) -> String {
        " của đợt \(session)"
    }
    public func confirmNomineeNumber(_ number: String) -> String {
        "xác nhận đại biểu \(number)"
    }
    public func withdrawNomineeNumber(_ number: String) -> String {
        "rút đại biểu \(number)"
    }
    public func replaceNomineeNumber(_ number: String) -> String {
        "thay đại biểu \(number)"
    }
    public func seeNomineeNumber(_ number: String) -> String {
        "xem đại biểu \(number)"
    }
    public func nominateForTheQuotaOfUnit(_ unit: String) -> String {
        "đề cử người vào định mức của \(unit)"
    }
    public func downloadTheNominationFormOf(_ unit: String) -> String {
        "tải phiếu đăng ký của \(unit)"
    }
    public func importTheNomineesOfUnit(_ unit: String) -> String {
        "nhập danh sách đại biểu của \(unit)"
    }
    public func reportTheFollowUpOf(_ unit: String) -> String {
        "báo cáo tuyên truyền lại của \(unit)"
    }
    public func seeTheQuotaAndNominees(_ unit: String) -> String {
        "xem định mức và đại biểu của \(unit)"
    }
    public var downloadAnOfficesNominationForm: String { "tải phiếu đăng ký của đơn vị" }
    public var downloadTheWorkbooks: String { "tải các bảng tính" }
    public func seeSession(_ session: String) -> String {
        "xem đợt \(session)"
    }

    // MARK: - OutreachServer/Views/Pages+Nominees.swift

    public var fullName: String { "Họ và tên" }
    public var position: String { "Chức vụ" }
    public var phone: String { "Điện thoại" }
    public var workplacePickFromTheList: String {
        "Nơi công tác (chọn trong danh sách hoặc gõ tên đơn vị; để trống nếu là chính đơn vị)"
    }
    public var searchYourUnitsPeopleName: String { "Tìm người của đơn vị (tên, nơi công tác hoặc số điện thoại)" }
    public var search: String { "Tìm" }
    public func nobodyMatchesEscape(_ escape: String) -> String {
        "Không thấy ai khớp với “\(escape)”."
    }
    public var workplace: String { "Nơi công tác" }
    public var nominateThisPerson: String { "Đề cử người này" }
    public var withdrawnInPageNominees: String { " (đã rút)" }
    public var holdsItWillBeReplaced: String { " (đang giữ chỗ: người này sẽ được thay)" }
    public var chooseAPlace: String { "— chọn chỗ —" }
    public var theFirstWaiting: String { "Người đứng đầu danh sách chờ" }
    public var giveAPlaceToA: String { "Chuyển chỗ cho người dự bị" }
    public var thePlaceOf: String { "Chỗ của" }
    public var theReserveWhoTakesIt: String { "Người dự bị nhận chỗ" }
    public var confirmAtOnce: String { "Xác nhận ngay" }
    public var giveThePlace: String { "Chuyển chỗ" }
    public var badRequest: String { "Yêu cầu không hợp lệ" }
    public var signInNeeded: String { "Cần đăng nhập" }
    public var notFound: String { "Không tìm thấy" }
    public var notPossibleInTheCurrentState: String { "Không hợp với tình trạng hiện tại" }
    public var tooLarge: String { "Nội dung quá lớn" }
    public var wrongKindOfContent: String { "Kiểu nội dung không đúng" }
    public var theDataIsNotValid: String { "Dữ liệu chưa hợp lệ" }
    public var tooManyAttempts: String { "Thử quá nhiều lần" }
    public var serverError: String { "Lỗi máy chủ" }

    // MARK: - OutreachServer/Views/Pages+Organiser.swift

    public var dayInPageOrganiser: String { "Ngày" }
    public var confirmedInPageOrganiser: String { "Xác nhận" }
    public var runningTotal: String { "Cộng dồn" }
    public var noConfirmationsYet: String { "Chưa có xác nhận nào." }
    public var office: String { "Đơn vị" }
    public var required: String { "Định mức" }
    public var lateInPageOrganiser: String { "Muộn" }
    public var rate: String { "Tỷ lệ" }
    public var noAttendanceRecordedYet: String { "Chưa có điểm danh." }
    public func presentLateAbsent(_ present: Int, _ late: Int, _ absent: Int, _ unmarked: Int, _ rateAgainstQuota: String) -> String {
        "Có mặt \(present), muộn \(late), vắng \(absent), chưa ghi \(unmarked); tỷ lệ so với định mức \(rateAgainstQuota)."
    }
    public var noFollowUpDutiesOpened: String { "Chưa giao nhiệm vụ tuyên truyền lại." }
    public var completeWithLevelsBelow: String { "Hoàn thành (cả cấp dưới)" }
    public func reportedOwedDutiesPercent(_ reported: Int, _ owed: Int, _ percent: String, _ onTime: Int, _ late: Int, _ overdue: Int, _ missing: Int, _ reachedUnits: Int, _ reachedPeople: Int) -> String {
        "Đã báo cáo \(reported)/\(owed) nhiệm vụ (\(percent)), đúng hạn \(onTime), trễ hạn \(late), quá hạn \(overdue), không báo cáo \(missing); đã tuyên truyền cho \(reachedUnits) đơn vị, \(reachedPeople) người."
    }
    public func paymentListNameExportPayment(_ name: String) -> String {
        "Danh sách chi tiền: \(name) (export payment)"
    }
    public var theSessionsExportsFolderHolds: String { "Thư mục xuất của đợt chưa có tệp nào." }
    public var confirmationsOverTime: String { "Xác nhận theo ngày" }
    public var attendance: String { "Điểm danh" }
    public var downloadWorkbooks: String { "Tải bảng tính" }
    public var eachWorkbookIsMadeAgain: String {
        "Mỗi bảng tính được lập lại từ dữ liệu hiện tại, ghi vào thư mục xuất như lệnh outreach export, rồi tải về. Phiếu đăng ký của từng đơn vị ở trang của đơn vị đó."
    }
    public var eachOfficesNominationFormExport: String { "Phiếu đăng ký của từng đơn vị (export form)" }
    public func officesCountOfficesInvited(_ officesCount: Int) -> String {
        "\(officesCount) đơn vị được mời"
    }
    public var downloadDocumentsWord: String { "Tải văn bản (Word)" }
    public var eachDocumentIsWrittenAgain: String {
        "Văn bản được soạn lại từ dữ liệu hiện tại như lệnh outreach doc, ghi vào thư mục xuất, rồi tải về."
    }
    public var yearlyPlansAndBlocsWorkbooks: String { "Kế hoạch năm và khối thi đua: bảng tính tải về" }
    public var filesInTheSessionsExports: String { "Các tệp trong thư mục xuất của đợt" }

    // MARK: - OutreachServer/Views/Pages+PlanExports.swift

    public var planInPagePlanExports: String { "kế hoạch" }
    public var noPlanIssuedByYour: String { "Không có kế hoạch nào do đơn vị hoặc đơn vị cấp dưới ban hành." }
    public var noBlocYourUnitMay: String { "Không có khối thi đua nào đơn vị được xem toàn bộ." }
    public var eachWorkbookIsMadeAgainFrom: String {
        "Mỗi bảng tính được lập lại từ dữ liệu hiện tại, ghi vào thư mục xuất như lệnh outreach export, rồi tải về. Đơn vị ban hành kế hoạch và các đơn vị cấp trên xem được toàn bộ kế hoạch; trưởng khối, phó khối xem được toàn bộ khối."
    }
    public var yearlyPlans: String { "Kế hoạch năm" }
    public var blocs: String { "Khối thi đua" }

    // MARK: - OutreachServer/Views/Pages.swift

    public var enterTheAccessCodeThe: String {
        "Nhập mã truy cập mà đơn vị tổ chức đã gửi cho đơn vị của bạn, hoặc mở liên kết đăng nhập rồi bấm Đăng nhập."
    }
    public var accessCode: String { "Mã truy cập" }
    public var noNominationDeadline: String { "không có hạn đăng ký" }
    public func leftDaysLeftBeforeThe(_ left: Int, _ day: String) -> String {
        "còn \(left) ngày đến hạn đăng ký (\(day))"
    }
    public func todayIsTheNominationDeadline(_ day: String) -> String {
        "hôm nay là hạn cuối đăng ký (\(day))"
    }
    public func theNominationDeadlineHasPassed(_ day: String) -> String {
        "đã hết hạn đăng ký (\(day))"
    }
    public var yourUnitTakesPartIn: String { "Đơn vị chưa tham gia đợt nào." }
    public var myUnitsYearlyPlanReport: String { "Báo cáo theo kế hoạch năm của đơn vị" }
    public var code: String { "Mã" }
    public var title: String { "Tên đợt" }
    public var date: String { "Ngày" }
    public var deadline: String { "Hạn đăng ký" }
    public func noneOver(_ over: Int) -> String {
        "Đã đủ (vượt \(over))"
    }
    public var none: String { "Đã đủ" }
    public var nominatedInPage: String { "Đã cử" }
    public var missingInPage: String { "Còn thiếu" }
    public var myUnitsNominees: String { "Đại biểu của đơn vị mình" }
    public var quotasAndNominations: String { "Định mức và số đã cử" }
    public func totalRequiredNominated(_ required: Int, _ nominated: Int, _ confirmed: Int, _ missing: Int, _ complete: Int, _ officesCount: Int) -> String {
        "Tổng: định mức \(required), đã cử \(nominated), đã xác nhận \(confirmed), còn thiếu \(missing); \(complete)/\(officesCount) đơn vị đủ."
    }
    public var confirm: String { "Xác nhận" }
    public var replaceInPage: String { "Thay" }
    public var reason: String { "Lý do rút" }
    public var withdraw: String { "Rút" }
    public var no: String { "Số" }
    public var statusInPage: String { "Trạng thái" }
    public var actions: String { "Thao tác" }
    public var notSaved: String { "Chưa ghi được" }
    public var correctItInTheForm: String { "sửa trong biểu mẫu" }
    public var seeItInItsRow: String { "xem ở dòng của người này" }
    public var noNomineesYet: String { "Chưa có đại biểu." }
    public var quota: String { "Định mức" }
    public var total: String { "Tổng" }
    public var nominees: String { "Đại biểu" }
    public var nominationForm: String { "Phiếu đăng ký" }
    public var downloadTheNominationFormXlsx: String { "Tải phiếu đăng ký (.xlsx)" }
    public var importAFilledFormOr: String { "Nhập từ phiếu đã điền hoặc danh sách" }
    public var findSomeoneToNominate: String { "Tìm người để đề cử" }
    public var nominateSomeoneOrListA: String { "Đề cử đại biểu hoặc ghi người dự bị" }
    public var nominate: String { "Đề cử" }
    public var listAsAReserveTakes: String { "Ghi là người dự bị (không chiếm chỗ)" }

    // MARK: - OutreachServer/WebError.swift

    public var signInNeededSendThe: String { "cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization: Bearer MÃ" }
    public var theAccessCodeIsNot: String { "mã truy cập không đúng; hãy kiểm tra lại hoặc xin cấp mã mới" }
    public var theAccessCodeHasBeen: String {
        "mã truy cập đã bị thu hồi; hãy liên hệ đơn vị tổ chức để được cấp mã mới"
    }
    public func theAccessCodeExpiredAfter(_ numeric: String) -> String {
        "mã truy cập đã hết hạn sau ngày \(numeric); hãy xin cấp mã mới"
    }
    public var tooManyFailedSignIns: String { "đăng nhập sai quá nhiều lần từ địa chỉ này; hãy kiểm tra lại mã (mã đúng vẫn đăng nhập được) hoặc thử lại sau 15 phút" }
    public var tooManyWrongAccessCodes: String {
        "quá nhiều mã truy cập sai từ địa chỉ này; hãy kiểm tra lại mã và thử lại sau 15 phút"
    }
    public var theFormIsStaleOr: String {
        "biểu mẫu đã cũ hoặc không gửi từ trang này (thiếu mã CSRF); hãy tải lại trang rồi gửi lại"
    }
    public func theBodyMustBeOf(_ expected: String) -> String {
        "nội dung phải có kiểu \(expected)"
    }
    public func theJSONBodyCannotBe(_ place: (line: Int, column: Int)?) -> String {
        "nội dung JSON không đọc được (sai cú pháp JSON\(place.map { " ở dòng \($0.line), cột \($0.column)" } ?? ""))"
    }
    public var theJSONBodyIsMissing: String { "thiếu nội dung JSON (thân yêu cầu trống)" }
    public var theJSONBodyMustBe: String { "nội dung JSON phải là một đối tượng {…}" }
    public func theBodyIsTooLarge(_ limit: Int) -> String {
        "nội dung quá lớn (tối đa \(limit) KiB)"
    }
    public func theFieldIsMissing(_ field: String) -> String {
        "thiếu trường “\(field)”"
    }
    public var noSuchPage: String { "không có trang này" }
    public var yourUnitNeitherTakesPart: String { "đơn vị của bạn không tham gia và không tổ chức đợt này" }
    public var badRequestInWebError: String { "yêu cầu không hợp lệ" }
    public var serverErrorNothingWasChanged: String { "lỗi máy chủ; thao tác không được thực hiện, hãy thử lại" }

    // MARK: - OutreachStore/AppDatabase+Access.swift

    public func isPastTodayIsRealTodayIso(_ realTodayIso: String) -> String {
        "đã qua (hôm nay là \(realTodayIso)); chọn một ngày từ hôm nay trở đi"
    }
    public func grantAccessToUnit(_ unit: UnitCode) -> String {
        "cấp quyền truy cập cho \(unit)"
    }
    public func revokeTheAccessOfUnit(_ unit: UnitCode) -> String {
        "thu hồi quyền truy cập của \(unit)"
    }

    // MARK: - OutreachStore/AppDatabase+Attendance.swift

    public func nomineeWhoseStatusCannotBeMarked(_ id: Int64, _ status: LocalizedText) -> String {
        "#\(id) đang “\(status.vi)”, không điểm danh được"
    }
    public func recordAttendanceOfId(_ id: Int64) -> String {
        "điểm danh #\(id)"
    }
    public func isNotAPartOfThis(_ all: String) -> String {
        "không phải buổi của đợt này; các buổi: \(all)"
    }
    public func thisPartHasNotBeen(_ numeric: String) -> String {
        "buổi này chưa diễn ra (hôm nay \(numeric))"
    }
    public func nothingHeldYetToMark(_ today: String, _ starts: String) -> String {
        "đợt chưa có buổi nào diễn ra đến ngày \(today) (bắt đầu \(starts)): chưa có gì để điểm danh"
    }
    public var thisPersonWasNominatedAfter: String { "người này được cử sau buổi đó nên không được tính" }
    public var aWalkInCanOnly: String { "người đến không đăng ký trước chỉ có thể “có mặt” hoặc “đến muộn”" }
    public var recordAWalkIn: String { "ghi người đến không đăng ký trước" }
    public var walkInNote: String { "Đến không đăng ký trước" }
    public var replaceNominees: String { "thay đại biểu" }

    // MARK: - OutreachStore/AppDatabase+AttendanceImport.swift

    public func importTheAttendanceOfCode(_ code: SessionCode) -> String {
        "nhập điểm danh đợt \(code)"
    }
    public var isNotOnThisSessions: String {
        "không có trong danh sách đợt này; người đến không đăng ký trước thì ghi là người đến không đăng ký"
    }
    public var wasWithdrawnOrReplacedAnd: String { "đã rút hoặc đã được thay, không điểm danh được" }

    // MARK: - OutreachStore/AppDatabase+Authority.swift

    public func importTheNominationsOfOffice(_ office: UnitCode) -> String {
        "nhập danh sách cử người của \(office)"
    }

    // MARK: - OutreachStore/AppDatabase+BlocChain.swift

    public func planTemplateCode(_ templateCode: UnitCode) -> String {
        "kế hoạch \(templateCode)"
    }
    public func blocCode(_ code: UnitCode) -> String {
        "khối \(code)"
    }
    public func unitIsNotAMember(_ unit: UnitCode, _ code: UnitCode) -> String {
        "\(unit) không phải thành viên khối \(code) (xem danh sách thành viên khối \(code))"
    }
    public func issueTheCriteriaOfBloc(_ code: UnitCode) -> String {
        "ban hành tiêu chí khối \(code)"
    }
    public func blocCodeAlreadyHasFinal(_ code: UnitCode) -> String {
        "khối \(code) đã chấm điểm chính thức theo thang điểm đang dùng: không thay tiêu chí được"
    }
    public func selfScoreUnitInBloc(_ unit: UnitCode, _ code: UnitCode) -> String {
        "tự chấm điểm cho \(unit) trong khối \(code)"
    }
    public func recordCheckerSCrossCheck(_ unit: UnitCode, _ checker: UnitCode, _ code: UnitCode) -> String {
        "ghi kết quả kiểm tra chéo \(unit) của \(checker) trong khối \(code)"
    }
    public func recordVoterSBallotIn(_ voter: UnitCode, _ code: UnitCode) -> String {
        "ghi phiếu bình xét của \(voter) trong khối \(code)"
    }
    public func isAfterTodayNumericOnly(_ numeric: String) -> String {
        "sau hôm nay (\(numeric)): chỉ ghi cuộc họp đã diễn ra"
    }
    public func recordAMeetingOfBloc(_ code: UnitCode) -> String {
        "ghi cuộc họp của khối \(code)"
    }
    public func isNotInThePlans(_ year: Int) -> String {
        "không thuộc năm \(year) của kế hoạch"
    }
    public func blocFactsCodeHasNoScoring(_ factsCode: UnitCode) -> String {
        "khối \(factsCode) chưa có tiêu chí chấm điểm"
    }

    // MARK: - OutreachStore/AppDatabase+Blocs.swift

    public func createBlocCode(_ code: UnitCode) -> String {
        "lập khối thi đua \(code)"
    }
    public func blocCodeExistsAlready(_ code: UnitCode) -> String {
        "khối \(code) đã có"
    }
    public func addMembersToBlocCode(_ code: UnitCode) -> String {
        "thêm thành viên khối \(code)"
    }
    public func scoreBlocCode(_ code: UnitCode) -> String {
        "chấm điểm khối \(code)"
    }
    public func blocCodeHasNoScoring(_ code: UnitCode, _ templateCode: UnitCode) -> String {
        "khối \(code) chưa có tiêu chí chấm điểm (khối chưa ban hành, kế hoạch \(templateCode) cũng không có)"
    }
    public func isNotACriterionOf(_ scaleOwner: LocalizedText, _ criteria: String) -> String {
        "không có trong tiêu chí của \(scaleOwner.vi) (có: \(criteria))"
    }
    public func criterionTakesToPoints(_ criterion: Slug, _ points: Int) -> String {
        "tiêu chí \(criterion) chấm từ 0 đến \(points) điểm"
    }
    public func unitAlreadyBelongsToBloc(_ unit: UnitCode, _ other: String, _ plan: String) -> String {
        "\(unit) đã thuộc khối \(other) của kế hoạch \(plan)"
    }

    // MARK: - OutreachStore/AppDatabase+Budget.swift

    public var sessionActualTotal: String { "tổng thực chi của đợt" }
    public func unitActualTotal(_ unit: String) -> String {
        "tổng thực chi của đơn vị \(unit)"
    }
    public func lineActualTotal(_ line: String) -> String {
        "tổng thực chi dòng \(line)"
    }
    public var notPaidLodging: String { "không được khoán tiền phòng nghỉ" }
    public var notPaidPerDiem: String { "không được chi phụ cấp lưu trú" }
    public func lineIsPaidBy(_ line: Slug) -> String {
        "dòng \(line) do đơn vị tổ chức chi, ghi thực chi không kèm đơn vị"
    }
    public func lineIsPaidByEach(_ line: Slug) -> String {
        "dòng \(line) do từng đơn vị cử người chi: cần ghi đơn vị"
    }
    public var recordActualSpending: String { "ghi số thực chi" }
    public func withItAnActualTotal(_ what: String, _ limit: String) -> String {
        "với số này, tổng thực chi (\(what)) vượt quá \(limit) đồng, số lớn nhất đọc được thành chữ; không ghi gì"
    }
    public func totalWouldExceed(_ total: LocalizedText, _ limit: String) -> String {
        "với số này, \(total.vi) vượt quá \(limit) đồng (tối đa đọc được thành chữ); không ghi gì"
    }
    public func addedToGroupedIsToo(_ grouped: String, _ grouped2: String) -> String {
        "cộng vào \(grouped) đồng thì lớn quá, tối đa \(grouped2) đồng"
    }
    public func isADivisionWithoutIts(_ name: String) -> String {
        "là bộ phận không có con dấu và tài khoản riêng (\(name)), không tự chi và quyết toán; chi phí của người được cử do đơn vị cấp trên chi"
    }
    public func lineRefusedForOffice(_ refusal: LocalizedText, _ distance: String, _ rule: String) -> String {
        "\(refusal.vi) (cách trung tâm tỉnh \(distance); quy định: \(rule))"
    }

    // MARK: - OutreachStore/AppDatabase+Cascade.swift

    public func openTheFollowUpOf(_ code: SessionCode) -> String {
        "giao nhiệm vụ tuyên truyền lại của đợt \(code)"
    }
    public func sessionCodeRequiresNoFollow(_ code: SessionCode) -> String {
        "đợt \(code) không yêu cầu tuyên truyền lại (follow_up)"
    }
    public func cascadeGroupStaffOf(_ office: String) -> String {
        "Cán bộ, giáo viên \(office)"
    }
    public func cascadeGroupUnitsBelow(_ office: String) -> String {
        "Các đơn vị trực thuộc \(office)"
    }
    public func cascadeDutyTitle(_ session: String) -> String {
        "Tổ chức tuyên truyền lại và báo cáo kết quả (đợt \(session))"
    }
    public func theFollowUpDutiesOf(_ code: SessionCode, _ opened: String) -> String {
        "nhiệm vụ tuyên truyền lại của đợt \(code) đã được giao ngày \(opened), không giao lại"
    }
    public func sessionCodeHasNotEnded(_ code: SessionCode, _ numeric: String) -> String {
        "đợt \(code) chưa diễn ra xong (kết thúc \(numeric))"
    }
    public func sessionCodeHasNoAttendance(_ code: SessionCode) -> String {
        "đợt \(code) chưa có điểm danh nên chưa biết đơn vị nào tham dự; điểm danh trước, hoặc giao cho mọi đơn vị được triệu tập"
    }
    public var mustBeBetweenAndInCascade: String { "phải từ 1 đến 366" }
    public func assignTheFollowUpDuties(_ parentCode: SessionCode) -> String {
        "giao nhiệm vụ tuyên truyền lại của đợt \(parentCode) (việc của đơn vị tổ chức: giao nhiệm vụ tuyên truyền lại của đợt \(parentCode) trước)"
    }
    public func planTheFollowUpOf(_ unit: UnitCode) -> String {
        "lập kế hoạch tuyên truyền lại của \(unit)"
    }
    public func unitAlreadyPlannedFollowUp(_ unit: UnitCode, _ child: SessionCode, _ parentCode: SessionCode) -> String {
        "\(unit) đã có đợt tuyên truyền lại \(child) cho đợt \(parentCode)"
    }
    public func isBeforeSessionParentCodeEnds(_ parentCode: SessionCode, _ numeric: String) -> String {
        "trước khi đợt \(parentCode) kết thúc (\(numeric))"
    }
    public func isBeforeSessionCodeEnds(_ code: SessionCode, _ numeric: String) -> String {
        "trước ngày kết thúc đợt \(code) (\(numeric))"
    }
    public var reachedMustBeBetween0And10Million: String { "phải từ 0 đến 10000000" }
    public func dutyIdOfUnitIs(_ id: Int64, _ unit: UnitCode) -> String {
        "nhiệm vụ #\(id) của \(unit) là nhiệm vụ của kế hoạch, không phải tuyên truyền lại; báo cáo như nhiệm vụ của kế hoạch"
    }
    public func reportOnDutyIdOf(_ id: Int64, _ unit: UnitCode) -> String {
        "báo cáo nhiệm vụ #\(id) của \(unit)"
    }
    public func theReportOfUnitWas(_ unit: UnitCode, _ acceptedBy: String, _ numeric: String) -> String {
        "báo cáo của \(unit) đã được \(acceptedBy) xác nhận ngày \(numeric); cần mở lại báo cáo (kèm lý do) trước khi sửa"
    }
    public func unitHasNoFollowUp(_ unit: UnitCode) -> String {
        "\(unit) chưa lập đợt tuyên truyền lại (cascade plan) nên không có điểm danh để đếm"
    }
    public func sessionChildHasNoAttendance(_ child: SessionCode) -> String {
        "đợt \(child) chưa có điểm danh nào để đếm; điểm danh đợt \(child) trước, hoặc nhập ngày tổ chức, số đơn vị và số người đã tuyên truyền"
    }
    public var theDayItWasHeld: String { "cần ngày tổ chức (hoặc đếm từ điểm danh của đợt tuyên truyền lại)" }
    public var theUnitsAndPeopleReached: String {
        "cần số đơn vị và số người đã tuyên truyền (hoặc đếm từ điểm danh của đợt tuyên truyền lại)"
    }
    public func isAfterTodayNumericOnlyReport(_ numeric: String) -> String {
        "sau hôm nay (\(numeric)): chỉ báo cáo việc đã làm"
    }
    public func isBeforeSessionSourceEnded(_ source: SessionCode) -> String {
        "trước khi đợt \(source) kết thúc"
    }
    public func moreThanTheAudienceUnits(_ audienceUnits: Int, _ unit: UnitCode) -> String {
        "nhiều hơn \(audienceUnits) đơn vị \(unit) phải tuyên truyền lại"
    }
    public func acceptTheReportOfUnit(_ unit: UnitCode) -> String {
        "xác nhận báo cáo của \(unit)"
    }
    public func theReportOfUnitWasAlready(_ unit: UnitCode, _ numeric: String) -> String {
        "báo cáo của \(unit) đã được xác nhận ngày \(numeric)"
    }
    public func unitHasNotReportedYet(_ unit: UnitCode) -> String {
        "\(unit) chưa báo cáo, chưa có gì để xác nhận"
    }
    public var aReasonForReopeningIs: String { "cần lý do mở lại" }
    public func reopenTheReportOfUnit(_ unit: UnitCode) -> String {
        "mở lại báo cáo của \(unit)"
    }
    public func theReportOfUnitIs(_ unit: UnitCode) -> String {
        "báo cáo của \(unit) chưa được xác nhận, không cần mở lại"
    }
    public func noDutyNumberId(_ id: Int64) -> String {
        "không có nhiệm vụ số \(id)"
    }
    public func unitOwesNoFollowUp(_ unit: UnitCode, _ code: SessionCode) -> String {
        "\(unit) không có nhiệm vụ tuyên truyền lại của đợt \(code) (xem tình hình tuyên truyền lại của đợt \(code))"
    }
    public func sessionCodeIsNotThe(_ code: SessionCode) -> String {
        "đợt \(code) không phải đợt tuyên truyền lại của nhiệm vụ nào; ghi đợt gốc kèm đơn vị, hoặc số nhiệm vụ"
    }
    public var theGeneratedCodeIsOver: String { "mã tự đặt dài quá 64 ký tự; hãy tự đặt mã ngắn hơn" }

    // MARK: - OutreachStore/AppDatabase+Import.swift

    public func sameNameAndPhoneAs(_ name: String) -> String {
        "cùng họ tên và số điện thoại với một người đang công tác ở đơn vị khác: coi là một người, nơi công tác đổi thành \(name)"
    }
    public func sameNameAndPhoneAsPerson(_ id: Int64, _ name: String, _ name2: String) -> String {
        "cùng họ tên và số điện thoại với người #\(id) đang công tác tại \(name): coi là một người, nơi công tác đổi thành \(name2)"
    }
    public func sameNameAndBirthYear(_ year: Int, _ id: Int64, _ name: String) -> String {
        "cùng họ tên và năm sinh \(year) với người #\(id) (\(name)) nhưng khác số điện thoại: nhập như một người khác, không gộp; nếu là một người thì sửa số điện thoại cho khớp"
    }
    public func sameNameAsPersonId(_ id: Int64, _ name: String, _ phone: String) -> String {
        "trùng họ tên với người #\(id) (\(name)\(phone)) nhưng khác số điện thoại hoặc đơn vị: nhập như một người khác, không gộp; kiểm tra lại"
    }
    public var changeNomineeDetails: String { "sửa thông tin đại biểu" }
    public func samePhoneAsPrefilledBefore(_ prefilled: Int64, _ before: String) -> String {
        "cùng số điện thoại với #\(prefilled) \(before): coi là sửa cách viết họ tên, không thay người"
    }
    public func thisFormIsOutOf(_ id: Int64, _ change: LocalizedText, _ senderCode: String) -> String {
        "phiếu này đã cũ: đại biểu #\(id) ở dòng này \(change.vi) sau khi xuất phiếu; xuất phiếu mới cho \(senderCode) rồi điền lại"
    }
    public var formNomineeWithdrawn: String { "đã rút" }
    public var formNomineeReplaced: String { "đã được thay" }
    public var formNomineeOnReserve: String { "đang ở danh sách dự bị" }
    public var formNomineeHoldsNoPlace: String { "không còn giữ chỗ" }

    // MARK: - OutreachStore/AppDatabase+Listing.swift

    public func seeTheNomineesOfOffice(_ office: UnitCode) -> String {
        "xem đại biểu của \(office)"
    }

    // MARK: - OutreachStore/AppDatabase+Maintenance.swift

    public func migrationMissingIsMissingWhile(_ missing: String) -> String {
        "thiếu bước nâng cấp “\(missing)” trong khi đã có các bước sau nó (tệp đã bị sửa ngoài outreach)"
    }
    public func damagedStructureLine(_ line: String) -> String {
        "cấu trúc tệp hỏng: \(line)"
    }
    public func placeColumnFieldPointsTo(_ place: String, _ field: String, _ parent: String) -> String {
        "\(place): cột \(field) trỏ tới một dòng không có trong bảng \(parent)"
    }
    public var isAFolder: String { "là một thư mục" }
    public var isAnEmptyFileNot: String { "là tệp rỗng, chưa phải cơ sở dữ liệu của outreach" }
    public var notAnOutreachDatabaseIt: String { "không phải cơ sở dữ liệu của outreach (chứa các bảng khác)" }
    public var isTheDatabaseBeingBacked: String { "là chính cơ sở dữ liệu đang sao lưu" }
    public func destinationIsBesideItA(_ destination: String) -> String {
        "có tệp \(destination) bên cạnh (cơ sở dữ liệu đang mở hoặc chưa đóng đúng cách); chọn tên khác"
    }

    // MARK: - OutreachStore/AppDatabase+Nominations.swift

    public var confirmNominees: String { "xác nhận đại biểu" }
    public func seeTheNomineesOfCode(_ code: SessionCode) -> String {
        "xem danh sách đại biểu của \(code)"
    }
    public func changeTheWorkplaceOrPosition(_ fullName: String) -> String {
        "đổi nơi công tác, chức vụ của \(fullName)"
    }
    public var aFullNameIsNeeded: String { "cần họ và tên (hoặc số của một người đã có)" }
    public var theSendingOfficeOrThe: String { "cần đơn vị cử hoặc nơi công tác" }
    public func lookUpNomineeRawKey(_ rawKey: String) -> String {
        "tìm đại biểu “\(rawKey)”"
    }

    // MARK: - OutreachStore/AppDatabase+PlanActivities.swift

    public func isAfterTodayNumericOnlyRecord(_ numeric: String) -> String {
        "sau hôm nay (\(numeric)): chỉ ghi việc đã làm"
    }
    public func markActivityNumberOfPlan(_ number: Int, _ templateCode: UnitCode) -> String {
        "ghi hoạt động số \(number) của kế hoạch \(templateCode) đã thực hiện"
    }
    public func planTemplateCodeHasNoActivity(_ templateCode: UnitCode, _ number: Int, _ numbers: String) -> String {
        "kế hoạch \(templateCode) không có hoạt động số \(number) (có: \(numbers))"
    }
    public func isBeforeThePlansYear(_ year: Int) -> String {
        "trước năm \(year) của kế hoạch"
    }

    // MARK: - OutreachStore/AppDatabase+PlanDuties.swift

    public func blocCodeExistsAlreadyPlan(_ blocCode: UnitCode, _ owner: String) -> String {
        "khối \(blocCode) đã có (thuộc kế hoạch \(owner))"
    }
    public func setTheDueDateOf(_ duty: Slug, _ periodCode: String, _ code: UnitCode) -> String {
        "đặt hạn nhiệm vụ “\(duty)” kỳ \(periodCode) của kế hoạch \(code)"
    }
    public func planCodeHasNoDuty(_ code: UnitCode, _ duty: Slug) -> String {
        "kế hoạch \(code) không có nhiệm vụ “\(duty)”"
    }
    public func dutyDoesNotRecur(_ duty: Slug) -> String {
        "nhiệm vụ “\(duty)” không định kỳ: hạn của nó là hạn trong tệp kế hoạch"
    }
    public func isNotAPeriodOf(_ duty: Slug, _ periods: String) -> String {
        "không phải kỳ của nhiệm vụ “\(duty)” (có: \(periods))"
    }
    public func dueBeforePeriodBegins(_ period: DutyPeriod, _ numeric: String) -> String {
        "trước khi kỳ \(periodName(period)) bắt đầu (\(numeric))"
    }
    public func periodReportAlreadyAccepted(_ period: DutyPeriod, _ unitCode: String) -> String {
        "báo cáo kỳ \(periodName(period)) của \(unitCode) đã được xác nhận: mở lại trước khi đổi hạn"
    }
    public func isAfterTodayNumericOnlyRecordReports(_ numeric: String) -> String {
        "sau hôm nay (\(numeric)): chỉ ghi báo cáo đã nhận"
    }
    public func theReportOfUnitWasAccepted(_ unit: UnitCode, _ numeric: String, _ id: Int64) -> String {
        "báo cáo của \(unit) đã được xác nhận ngày \(numeric); cần mở lại nhiệm vụ #\(id) (kèm lý do) trước khi sửa"
    }
    public func planCodeHasNoAward(_ code: UnitCode) -> String {
        "kế hoạch \(code) không có điều kiện khen thưởng (award_rule)"
    }
    public func noPlanDutyNumberId(_ id: Int64) -> String {
        "không có nhiệm vụ số \(id) của kế hoạch nào"
    }
    public func dutyNumberIdIsOwed(_ id: Int64, _ unitCode: String, _ unit: UnitCode) -> String {
        "nhiệm vụ số \(id) là của \(unitCode), không phải của \(unit)"
    }
    public func dutyCodeRecursGiveThe(_ code: Slug, _ periods: String) -> String {
        "nhiệm vụ “\(code)” định kỳ: cần ghi kỳ (có: \(periods))"
    }
    public func dutyCodeDoesNotRecur(_ code: Slug) -> String {
        "nhiệm vụ “\(code)” không định kỳ"
    }
    public func planHasNoDuty(_ plan: UnitCode, _ code: Slug, _ known: String) -> String {
        "kế hoạch \(plan) không có nhiệm vụ “\(code)” (có: \(known))"
    }
    public func unitOwesNoCodeUnder(_ unit: UnitCode, _ code: Slug, _ plan: UnitCode) -> String {
        "\(unit) không có nhiệm vụ “\(code)” trong kế hoạch \(plan) (xem các nhiệm vụ của kế hoạch \(plan))"
    }

    // MARK: - OutreachStore/AppDatabase+Plans.swift

    public func loadAPlanIssuedBy(_ issuer: UnitCode) -> String {
        "nạp kế hoạch của \(issuer)"
    }

    // MARK: - OutreachStore/AppDatabase+Reserves.swift

    public var givePlacesToReserves: String { "chuyển chỗ cho người dự bị" }

    public func idIsNotAReserve(_ id: Int64) -> String {
        "#\(id) không phải người dự bị"
    }
    public func isAReserveOfSenderCode(_ senderCode: String, _ senderCode2: String) -> String {
        "là dự bị của \(senderCode), không phải của \(senderCode2)"
    }

    // MARK: - OutreachStore/AppDatabase+Sessions.swift

    public func createSessionCode(_ sessionCode: SessionCode) -> String {
        "tạo đợt \(sessionCode)"
    }
    public var quotaCountRange: String { "phải từ 0 đến 10000" }
    public var changeQuotas: String { "thay đổi định mức" }
    public func severalSlotsOfUnitAccept(_ unit: UnitCode, _ matching: String) -> String {
        "nhiều nhóm chỉ tiêu của \(unit) nhận vai trò này (\(matching))"
    }

    // MARK: - OutreachStore/AppDatabase+Units.swift

    public var loadUnits: String { "nạp danh sách đơn vị" }

    // MARK: - OutreachStore/AppDatabase+Visibility.swift

    public func seeSessionCodeTheUnit(_ code: SessionCode) -> String {
        "xem đợt \(code) (đơn vị không tham gia và không tổ chức đợt này)"
    }
    public func seeNomineeNumberInVisibility(_ number: Int64) -> String {
        "xem đại biểu #\(number)"
    }
    public func searchThePeopleOfOffice(_ office: UnitCode) -> String {
        "tìm người của \(office)"
    }

    // MARK: - OutreachStore/AppDatabase.swift

    public func schemaVersionThisVersion(_ version: Int, _ knownCount: Int) -> String {
        "phiên bản lược đồ \(version), bản này chỉ biết đến \(knownCount)"
    }
    public func unknownMigrationList(_ list: String) -> String {
        "bước nâng cấp lạ \(list)"
    }
    public var isAnEmptyFileNotA: String {
        "là tệp rỗng, chưa phải cơ sở dữ liệu; hãy khởi tạo (init) cơ sở dữ liệu ở tệp này trước"
    }
    public func madeByANewerVersion(_ detail: LocalizedText) -> String {
        "do phiên bản outreach mới hơn tạo ra (\(detail.vi)); hãy cập nhật outreach để mở"
    }
    public func migrationMissingIsMissingWhileLater(_ missing: String) -> String {
        "thiếu bước nâng cấp “\(missing)” trong khi đã có các bước sau nó (tệp đã bị sửa ngoài outreach); hãy khôi phục từ bản sao lưu"
    }
    public var notAnOutreachDatabaseItHolds: String {
        "không phải cơ sở dữ liệu của outreach (chứa các bảng khác); hãy chọn tệp cơ sở dữ liệu khác"
    }
    public func folderDirectoryDoesNotExist(_ directory: String) -> String {
        "thư mục \(directory) không tồn tại"
    }
    public var notAnOutreachDatabaseThe: String {
        "không phải cơ sở dữ liệu của outreach (tệp hỏng hoặc thuộc loại khác)"
    }
    public var theDatabaseFileIsDamaged: String { "tệp cơ sở dữ liệu bị hỏng" }
    public var cannotBeOpenedCheckThe: String { "không mở được (kiểm tra thư mục có tồn tại và ghi được không)" }
    public var isReadOnly: String { "chỉ đọc, không ghi được" }
    public var isBusyInAnotherProgram: String { "đang bận trong chương trình khác quá lâu; hãy thử lại" }
    public var theDiskIsFull: String { "đĩa đã đầy" }

    // MARK: - OutreachStore/CommandContext.swift

    public var sameNameAsSomeoneIn: String {
        "trùng họ tên với một người ở đơn vị khác: ghi như một người khác, không gộp; kiểm tra lại"
    }
    public func sameNameAsPersonIdPlace(_ id: Int64, _ place: String, _ phone: String) -> String {
        "trùng họ tên với người #\(id) (\(place)\(phone)) nhưng khác số điện thoại hoặc đơn vị: ghi như một người khác, không gộp; kiểm tra lại"
    }

    // MARK: - OutreachStore/OutreachStorage+PlanVisibility.swift

    public func seeTheWholePlanCode(_ code: UnitCode) -> String {
        "xem toàn bộ kế hoạch \(code)"
    }
    public func seeTheWholeBlocCode(_ code: UnitCode) -> String {
        "xem toàn bộ khối \(code)"
    }

    // MARK: - OutreachStore/OutreachStorage.swift

    public func seeTheQuotasOfCode(_ code: SessionCode) -> String {
        "xem định mức của \(code)"
    }

    // MARK: - outreach-server/OutreachServerCommand.swift

    public func portIsInUse(_ port: Int) -> String {
        "cổng \(port) đang được chương trình khác dùng; chọn --port khác hoặc dừng chương trình kia"
    }
    public func notAllowedToOpenPort(_ port: Int) -> String {
        "không được phép mở cổng \(port) (cổng dưới 1024 cần quyền quản trị); chọn --port khác"
    }
    public func thisMachineHasNoAddress(_ host: String) -> String {
        "máy này không có địa chỉ \(host); kiểm tra --host"
    }
    public func cannotOpenThePortError(_ error: String) -> String {
        "không mở được cổng: \(error)"
    }
    public var errorInOutreachServerCommand: String { "lỗi" }
    public func outreachServingPathAtScheme(_ path: String, _ scheme: String, _ host: String, _ port: Int) -> String {
        "outreach: phục vụ \(path) tại \(scheme)://\(host):\(port) (Ctrl-C để dừng)\n"
    }
    public func cannotServeAtHostPort(_ host: String, _ port: Int, _ error: String) -> String {
        "không mở được máy chủ tại \(host):\(port) (\(error))"
    }

    // MARK: - outreach/Commands/Access.swift

    public var giveAnOfficeItsOwn: String {
        "Cấp cho đơn vị quyền đăng nhập máy chủ web của riêng mình, xem danh sách và thu hồi."
    }
    public var eachOfficeGetsAToken: String {
        """
        Mỗi đơn vị được một mã: một đường dẫn đăng nhập cho trình duyệt và cũng chuỗi đó
        làm mã cho API (Authorization: Bearer MÃ). Cơ sở dữ liệu chỉ giữ mã SHA-256 của
        nó: đường dẫn chỉ in ra một lần; mất đường dẫn thì cấp lại (rồi thu hồi mã cũ).
        Ví dụ:
          outreach access grant PGD-BATXAT --expires 2022-05-31 \\
              --url https://tap-huan.example.vn
          outreach access list
          outreach access revoke PGD-BATXAT
        """
    }
    public var giveAUnitANew: String { "Cấp cho đơn vị một đường dẫn và mã đăng nhập mới (chỉ in ra một lần)." }
    public var theLinkOpensTheSign: String {
        """
        Đường dẫn mở trang đăng nhập với mã đã điền sẵn; đơn vị chỉ cần bấm "Đăng nhập".
        Đơn vị xem và sửa được đúng những gì `--as MÃ_ĐƠN_VỊ` cho phép trên dòng lệnh:
        định mức và người của mình và của các đơn vị trực thuộc (đơn vị tổ chức một đợt
        thấy toàn bộ đợt đó). --expires là ngày cuối cùng mã còn dùng được (mặc định:
        60 ngày kể từ hôm nay, theo đồng hồ thật).
        Ví dụ: outreach access grant PGD-BATXAT --expires 2022-05-31 --json
        """
    }
    public var theUnitEGPGD: String { "Mã đơn vị, ví dụ PGD-BATXAT." }
    public var theLastDayTheCode: String {
        "Ngày cuối cùng mã còn dùng được, YYYY-MM-DD (mặc định: 60 ngày kể từ hôm nay)."
    }
    public var theServersAddressAsOffices: String {
        "Địa chỉ máy chủ mà các đơn vị truy cập (mặc định: $OUTREACH_URL, nếu không có thì http://127.0.0.1:8080)."
    }
    public func expiresMustBeAReal(_ expires: String) -> String {
        "--expires phải là một ngày có thật, viết YYYY-MM-DD, không phải “\(expires)”"
    }
    public var listTheSignInsGiven: String {
        "Liệt kê các quyền đăng nhập đã cấp (không bao giờ in mã): đơn vị, tình trạng, hạn dùng, lần đăng nhập cuối."
    }
    public var exampleOutreachAccessListJson: String { "Ví dụ: outreach access list --json" }
    public var revokeEverySignInOf: String {
        "Thu hồi mọi quyền đăng nhập của một đơn vị; phiên trình duyệt đang mở kết thúc ở lần bấm tiếp theo."
    }
    public var exampleOutreachAccessRevokePGD: String { "Ví dụ: outreach access revoke PGD-BATXAT" }
    public func serverAddressRefused(_ option: String, _ raw: String, _ reason: LocalizedText) -> String {
        "\(option) “\(raw)” \(reason.vi); ví dụ: https://tap-huan.example.vn"
    }
    public var addressMustBeHTTP: String { "phải là địa chỉ http:// hoặc https://" }
    public var addressHasNoHost: String { "không có tên máy chủ" }
    public var addressMustHaveNoQuery: String { "không được có phần ?…, #… hay tên đăng nhập" }
    public var addressHasSpacesOrControl: String { "có dấu cách, ký tự điều khiển hoặc mã %… sai" }
    public var addressHasABadPort: String { "có cổng (port) không hợp lệ (1–65535)" }
    public func accessForUnitNumberId(_ unit: UnitCode, _ id: Int64) -> String {
        "Quyền truy cập cho \(unit) (số \(id))"
    }
    public var signInLink: String { "  Liên kết đăng nhập: " }
    public var codeInAccess: String { "  Mã: " }
    public var expiresAfter: String { "  Hết hạn sau ngày: " }
    public var theCodeIsPrintedThis: String { "Mã chỉ in ra một lần này; hãy gửi riêng cho đơn vị." }
    public var active: String { "hiệu lực" }
    public var revoked: String { "đã thu hồi" }
    public var expired: String { "hết hạn" }
    public func codeHadNoAccessIn(_ code: UnitCode) -> String {
        "\(code) không có quyền truy cập nào đang hiệu lực"
    }
    public func revokedCountAccessEsOf(_ count: Int, _ code: UnitCode) -> String {
        "Đã thu hồi \(count) quyền truy cập của \(code)"
    }

    // MARK: - outreach/Commands/Attendance.swift

    public var recordWhoCamePerHalf: String {
        "Điểm danh người đến dự (theo buổi hoặc theo ngày) và báo cáo tình hình tham dự theo đơn vị, theo vai trò."
    }
    public var recordANomineeAsPresent: String {
        "Ghi đại biểu có mặt, đến muộn, vắng có phép hoặc vắng, ở một buổi hoặc ở mọi buổi."
    }
    public var partsAreHalfDaysAm: String {
        """
        Buổi là nửa ngày (2022-05-10:am là buổi sáng, 2022-05-10:pm là buổi chiều)
        hoặc cả ngày (2022-05-10), theo mẫu của đợt; không ghi --part thì ghi cho mọi
        buổi đại biểu phải dự. Nếu buổi đó đã có điểm danh thì ghi đè, và thay đổi
        được lưu vào nhật ký. Trạng thái ghi bằng mã (present, late, excused, absent)
        hoặc bằng chữ như trên danh sách ký tên (“Có mặt”, “Đến muộn”, “Vắng có phép”,
        “Vắng”).
        Ví dụ (trên dữ liệu mẫu):
          outreach attendance mark LCI-2022-TDKT "Triệu Thị Chi" late \\
            --part 2022-05-10:am --note "đến 8h20"
        """
    }
    public var presentLateExcusedOrAbsent: String {
        "present (có mặt), late (đến muộn), excused (vắng có phép) hoặc absent (vắng)."
    }
    public var thePartDATEAmDATE: String {
        "Buổi: NGÀY:am (sáng), NGÀY:pm (chiều), hoặc NGÀY cho cả ngày; NGÀY viết YYYY-MM-DD."
    }
    public var aNoteKeptWithThe: String { "Ghi chú kèm theo điểm danh." }
    public func partMustBeDATEAm(_ part: String) -> String {
        "--part phải là NGÀY:am, NGÀY:pm hoặc NGÀY (DD/MM/YYYY hoặc YYYY-MM-DD), không phải “\(part)”"
    }
    public var recordSomeoneWhoCameWithout: String {
        "Ghi người đến dự mà chưa được đăng ký: vào một chỗ còn trống, hoặc thay một đại biểu."
    }
    public var thePersonIsAddedTo: String {
        """
        Người này được tính vào định mức của đơn vị cử (hoặc nhận chỗ của đại biểu ghi
        ở --replaces) và được ghi là đã đến; việc đăng ký được đánh dấu là đến không
        đăng ký trước. Định mức đã đủ thì phải có --replaces.
        Ví dụ (trên dữ liệu mẫu, vào ngày tập huấn):
          outreach attendance walk-in LCI-2022-TDKT --today 2022-05-10 \\
            --works-at TH-BAOTHANG-SO1PHOLU --name "Hoàng Văn Thắng" --role giao-vien
        """
    }
    public var theSendingOfficeFoundFrom: String { "Mã đơn vị cử (bỏ trống thì lấy theo --works-at)." }
    public var theNomineeWhosePlaceThe: String {
        "Đại biểu được thay chỗ: số thứ tự, số điện thoại hoặc một phần họ tên."
    }
    public var presentOrLate: String { "present (có mặt) hoặc late (đến muộn)." }
    public var thePartDATEAmDATEPm: String {
        "Buổi: NGÀY:am, NGÀY:pm hoặc NGÀY (mặc định: mọi buổi đã diễn ra đến hôm nay)."
    }
    public var giveUnitOrWorksAt: String { "ghi --unit hoặc --works-at (hoặc --replaces)" }
    public var attendancePerOfficePerRole: String {
        "Tình hình tham dự theo đơn vị, theo vai trò và tổng cộng, so với định mức và số đã xác nhận."
    }
    public var countedOverPersonPartsA: String {
        """
        Đếm theo lượt: một đại biểu ở một buổi. Người được đăng ký sau khi một buổi đã
        diễn ra thì không tính phải dự buổi đó.
        Ví dụ: outreach attendance report LCI-2022-TDKT --json
        """
    }
    public func seeTheAttendanceOfCode(_ code: SessionCode) -> String {
        "xem điểm danh của \(code)"
    }
    public func recordedWalkInIdName(_ id: Int64, _ name: String, _ sender: String) -> String {
        "Đã ghi nhận đại biểu đến không đăng ký trước: #\(id) \(name) (\(sender))"
    }
    public var parts: String { "Các buổi: " }
    public func presentLateExcusedAndAbsent(_ partsCount: Int) -> String {
        "Có mặt, muộn, có phép, vắng tính theo lượt (một người × một buổi); tỷ lệ so với định mức × \(partsCount) buổi."
    }
    public var byOffice: String { "Theo đơn vị" }
    public var byRole: String { "Theo vai trò" }
    public var totalInAttendance: String { "Tổng cộng" }

    // MARK: - outreach/Commands/AttendanceImport.swift

    public var importAttendanceFromATyped: String {
        "Nhập điểm danh từ danh sách ký tên đã nhập lại hoặc từ một danh sách (.xlsx hoặc .csv)."
    }
    public var aListNeedsAName: String {
        """
        Danh sách cần có cột họ tên (hoặc điện thoại) và cột Trạng thái (Có mặt, Đến
        muộn, Vắng có phép, Vắng), có thể có thêm cột Buổi (Sáng 10/05/2022 hoặc
        2022-05-10:pm) và Ghi chú; không có cột Buổi thì điểm danh tính cho mọi buổi
        đã diễn ra. Với danh sách ký tên xuất bằng export signin đã nhập lại cột Ký
        tên: ô có chữ ký là có mặt (hoặc trạng thái ghi trong ô), ô trống là vắng, cho
        buổi ghi ở --part (bắt buộc khi đợt có nhiều buổi, trừ khi trang tính mang tên
        một buổi, "Sáng 10-05", hoặc có cột Buổi). Ô Ký tên trống không bao giờ ghi đè
        điểm danh đã có (đến muộn hoặc vắng có phép vẫn giữ nguyên); chữ ký làm thay
        đổi trạng thái thì bỏ ghi chú của trạng thái cũ, trừ khi cột Ghi chú có ghi.
        Mọi dòng được kiểm tra như nominee import: có dòng lỗi thì không ghi gì, trừ
        khi có --partial.
        Ví dụ (trên dữ liệu mẫu, OUTREACH_TODAY=2022-05-10):
          outreach attendance import diem-danh.csv --session LCI-2022-TDKT
          outreach attendance import danh-sach-ky-ten.xlsx --session LCI-2022-TDKT \\
            --part 2022-05-10:am
        """
    }
    public var theXlsxOrCsvFile: String { "Tệp .xlsx hoặc .csv." }
    public var theSession: String { "Mã đợt tập huấn." }
    public var theHalfDayASign: String {
        "Buổi mà cột Ký tên của danh sách ký tên ghi nhận: NGÀY:am, NGÀY:pm hoặc NGÀY."
    }
    public var checkAndShowWhatWould: String { "Chỉ kiểm tra và cho xem những gì sẽ thay đổi; không ghi gì." }
    public var importTheValidRowsEven: String { "Nhập các dòng hợp lệ dù có dòng khác bị lỗi." }
    public func partCodeIsNotA(_ partCode: String, _ code: String, _ all: String) -> String {
        "--part \(partCode) không phải buổi của đợt \(code); các buổi: \(all)"
    }
    public func nameTheColumnDoesNot(_ name: String, _ code: String, _ partsCount: Int, _ all: String) -> String {
        "\(name): cột Ký tên không ghi buổi nào mà đợt \(code) có \(partsCount) buổi; thêm --part (một trong: \(all)), không ghi gì"
    }
    public var warningInAttendanceImport: String { "cảnh báo" }
    public func keptPeopleWithAnEmpty(_ kept: Int) -> String {
        "\(kept) người có ô Ký tên trống nhưng đã được điểm danh: giữ nguyên điểm danh đã có"
    }
    public func markedUnchanged(_ marked: Int, _ unchanged: Int) -> String {
        "điểm danh \(marked), không đổi \(unchanged)"
    }
    public func importedName(_ name: String) -> String {
        "Đã nhập \(name): "
    }
    public var dryRunNothingWrittenInAttendanceImport: String { "Chạy thử, không ghi gì: " }

    // MARK: - outreach/Commands/Audit.swift

    public var showTheAuditTrailWho: String { "Xem nhật ký thay đổi: ai đã thay đổi gì, khi nào, vì sao." }
    public var listAuditLinesOldestFirst: String {
        "Liệt kê nhật ký, cũ nhất trước: thời gian, đơn vị thực hiện, lệnh, nội dung thay đổi, lý do."
    }
    public var sessionKeepsTheLinesAbout: String {
        """
        --session giữ các dòng về một đợt (định mức, đăng ký, điểm danh, kinh phí);
        --unit giữ các dòng về một đơn vị (những gì đơn vị làm với --as, việc đăng ký,
        người và định mức của đơn vị); --since giữ các dòng từ ngày đó trở đi (ngày
        dùng để xét quy định: --today, nếu không có thì theo đồng hồ).
        Ví dụ:
          outreach audit list --session LCI-2022-TDKT --unit PGD-BATXAT \\
              --since 2022-05-01
        """
    }
    public var onlyLinesAboutThisSession: String { "Chỉ các dòng về đợt tập huấn này." }
    public var onlyLinesAboutThisUnit: String { "Chỉ các dòng về đơn vị này." }
    public var onlyLinesFromThisDay: String { "Chỉ các dòng từ ngày này trở đi (DD/MM/YYYY hoặc YYYY-MM-DD)." }
    public func entriesCountLines(_ entriesCount: Int) -> String {
        "\(entriesCount) dòng"
    }
    public var organiserInAudit: String { "(tổ chức)" }

    // MARK: - outreach/Commands/Bloc.swift

    public func selfScored(_ member: UnitCode, _ total: String, _ late: Bool) -> String {
        "\(member) tự chấm \(total) điểm" + (late ? " (gửi muộn)" : "")
    }
    public var emulationBlocsMembersTheBlocs: String {
        "Khối thi đua: thành viên, tiêu chí của khối, tự chấm, kiểm tra chéo, điểm của khối trưởng, bình xét, giao ban."
    }
    public var createABlocOfA: String {
        "Tạo một khối thi đua của kế hoạch (các khối ghi trong tệp kế hoạch được tạo khi chạy plan import)."
    }
    public var theBlocIsScoredOn: String {
        """
        Khối được chấm điểm theo các tiêu chí của kế hoạch. Chỉ đơn vị ban hành kế
        hoạch được tạo khối. Mỗi đơn vị chỉ thuộc một khối trong một kế hoạch; khối
        trưởng và khối phó là thành viên.
        Ví dụ:
          outreach bloc create KHOI-CDCS --plan LCU-2022-TDKT-CD \\
            --name "Khối công đoàn cơ sở" --chair CDCS-TAMDUONG-UBND \\
            --deputy CDCS-TAMDUONG-TTYT --member CDCS-PHONGTHO-UBND
        """
    }
    public var theBlocsCode: String { "Mã khối thi đua." }
    public var thePlanWhoseCriteriaThe: String { "Kế hoạch có các tiêu chí mà khối dùng để chấm điểm." }
    public var theBlocsName: String { "Tên khối thi đua." }
    public var theChairUnit: String { "Đơn vị khối trưởng." }
    public var theDeputyUnit: String { "Đơn vị khối phó." }
    public var furtherMembers: String { "Các thành viên khác." }
    public var addMembersToABloc: String {
        "Thêm thành viên vào khối thi đua (do đơn vị ban hành kế hoạch hoặc khối trưởng thực hiện)."
    }
    public var exampleOutreachBlocAddKHOI: String {
        "Ví dụ: outreach bloc add KHOI-CDCS CDCS-GD-THPT-LCU CDCS-YTE-BVDK-LCU"
    }
    public var theUnitsToAdd: String { "Các đơn vị cần thêm." }
    public var recordAMembersPointsOn: String {
        "Ghi điểm của một thành viên theo một tiêu chí (do khối trưởng hoặc khối phó thực hiện)."
    }
    public var pointsRunFromToThe: String {
        """
        POINTS từ 0 đến điểm tối đa của tiêu chí trong kế hoạch. Chấm lại cùng một
        tiêu chí là sửa điểm; điểm cũ vẫn được giữ trong lịch sử và nhật ký.
        Ví dụ:
          outreach bloc score KHOI-LDLD-CDN-CDVC LDLD-SINHO nhiem-vu 38 \\
              --as LDLD-TPLAICHAU
        """
    }
    public var theMemberScored: String { "Thành viên được chấm điểm." }
    public var theCriterionsCodeInThe: String { "Mã tiêu chí trong kế hoạch." }
    public var thePoints: String { "Số điểm." }
    public var isNotACriterionCode: String { "không phải mã tiêu chí (chữ thường, số, gạch ngang)" }
    public var issueTheBlocsOwnCriteria: String {
        "Ban hành tiêu chí, thang điểm riêng của khối từ một tệp YAML (khối trưởng hoặc khối phó)."
    }
    public var theFileHasTheKeys: String {
        """
        Tệp có các khóa như scale: của một khối trong tệp kế hoạch: criteria (code,
        name, points), tie_break, self_score_due (hạn gửi bản tự chấm cho khối trưởng),
        basis. Khối chưa ban hành tiêu chí thì chấm theo tiêu chí của kế hoạch. Khi khối
        có tiêu chí riêng, thành viên phải tự chấm và được kiểm tra chéo trước khi khối
        trưởng chấm.
        Ví dụ:
          outreach bloc criteria KHOI-XA-PHUONG tieu-chi.yaml --as UBND-BICHDONG
        """
    }
    public var theCriteriaFileYAML: String { "Tệp tiêu chí (YAML)." }
    public var aMembersSelfScoreAgainst: String {
        "Thành viên tự chấm điểm theo tiêu chí của khối và gửi khối trưởng (gửi sau hạn được ghi là muộn)."
    }
    public var eachCriterionOnceAsCode: String {
        """
        Mỗi tiêu chí một lần, dạng mã=điểm. Ngày gửi là hôm nay (--today). Chỉ chính
        đơn vị đó (hoặc đơn vị ban hành kế hoạch) được gửi.
        Ví dụ:
          outreach bloc self-score KHOI-XA-PHUONG UBND-NENH nhiem-vu=55 phong-trao=18 \\
              bao-cao=9 --as UBND-NENH
        """
    }
    public var theMemberScoringItself: String { "Thành viên tự chấm." }
    public var pointsPerCriterionCodePoints: String { "Điểm từng tiêu chí: mã=điểm." }
    public var aCrossCheckOneMember: String {
        "Kết quả kiểm tra chéo: một thành viên kiểm tra minh chứng của thành viên khác, ghi điểm và nhận xét."
    }
    public var afterTheMemberCheckedSent: String {
        """
        Sau khi thành viên được kiểm tra đã gửi bản tự chấm, trước khi khối trưởng chấm.
        Khối trưởng, khối phó (tổ chức kiểm tra chéo) hoặc chính đơn vị kiểm tra ghi.
        Ví dụ:
          outreach bloc check KHOI-XA-PHUONG UBND-NENH \\
              --by UBND-HONGTHAI nhiem-vu=52 phong-trao=18 bao-cao=9 \\
            --remark "Thiếu minh chứng chỉ tiêu 3" --as UBND-BICHDONG
        """
    }
    public var theMemberChecked: String { "Thành viên được kiểm tra." }
    public var theCheckingMember: String { "Thành viên kiểm tra." }
    public var aRemark: String { "Nhận xét." }
    public var checkedPointsPerCriterionCode: String { "Điểm kiểm tra từng tiêu chí: mã=điểm." }
    public var aMembersBallotInThe: String {
        "Phiếu bình xét, suy tôn của một thành viên: các đơn vị được đề nghị khen thưởng."
    }
    public var onlyOnceEveryMemberHas: String {
        """
        Chỉ khi mọi thành viên đã có điểm chính thức. Phiếu mới thay phiếu cũ của cùng
        thành viên. Được đề nghị khi quá nửa số thành viên bỏ phiếu (văn bản không quy
        định tỷ lệ [M]). Không nêu đơn vị nào là phiếu không đề nghị ai.
        Ví dụ:
          outreach bloc vote KHOI-XA-PHUONG UBND-NENH UBND-BICHDONG UBND-HONGTHAI \\
              --as UBND-NENH
        """
    }
    public var theVotingMember: String { "Thành viên bỏ phiếu." }
    public var theUnitsProposed: String { "Các đơn vị được đề nghị." }
    public var recordAMeetingOfThe: String {
        "Ghi một cuộc họp của khối (ký giao ước, giao ban quý, 6 tháng, tổng kết) với ngày và thành viên dự."
    }
    public var kindCompactQuarterlySixMonth: String {
        """
        KIND: compact (ký kết giao ước), quarterly (giao ban quý), six-month (giao ban
        6 tháng), year-end (tổng kết). Thành viên không có trong --present là vắng.
        Ví dụ:
          outreach bloc meeting KHOI-XA-PHUONG quarterly --on 2024-06-20 \\
              --present UBND-BICHDONG UBND-NENH --as UBND-BICHDONG
        """
    }
    public var theKindOfMeeting: String { "Loại cuộc họp." }
    public var theDayHeldYYYYMM: String { "Ngày họp (YYYY-MM-DD hoặc DD/MM/YYYY)." }
    public var theMembersPresent: String { "Các thành viên dự họp." }
    public var aNote: String { "Ghi chú." }
    public func mustBeAllCases(_ allCases: String) -> String {
        "phải là \(allCases)"
    }
    public var aBlocsMembersRankedBy: String {
        "Xếp hạng thành viên của khối theo tổng điểm; bằng điểm thì xét theo các tiêu chí tie_break của kế hoạch, có giải thích."
    }
    public var exampleOutreachBlocShowKHOI: String { "Ví dụ: outreach bloc show KHOI-LDLD-CDN-CDVC" }
    public var theBlocsOfAPlan: String { "Các khối thi đua của một kế hoạch." }
    public var exampleOutreachBlocListLCU: String { "Ví dụ: outreach bloc list LCU-2022-TDKT-CD" }
    public var thePlanCode: String { "Mã kế hoạch." }
    public var aBlocsScoreSheetPoints: String {
        "Bảng điểm của khối: điểm theo tiêu chí, tổng điểm và thứ hạng bằng công thức, giải thích trường hợp bằng điểm."
    }
    public var exampleWritesExportsKHOILDLD: String {
        """
        Ví dụ (ghi tệp exports/KHOI-LDLD-CDN-CDVC/cham-diem.xlsx):
          outreach export bloc KHOI-LDLD-CDN-CDVC --today 2022-12-20
        """
    }
    public var writeCriterionCodePointsE: String { "viết mã-tiêu-chí=điểm, ví dụ nhiem-vu=55" }
    public func criterionCodeIsGivenTwice(_ code: Slug) -> String {
        "tiêu chí \(code) ghi hai lần"
    }
    public func createdBlocViewCodeStandingsCountMembers(_ viewCode: UnitCode, _ standingsCount: Int) -> String {
        "Đã lập khối \(viewCode): \(standingsCount) thành viên."
    }
    public func blocViewCodeHasStandingsCountMembers(_ viewCode: UnitCode, _ standingsCount: Int) -> String {
        "Khối \(viewCode) có \(standingsCount) thành viên."
    }
    public func memberSlugPointsTotal(_ member: UnitCode, _ slug: Slug, _ points: Int, _ standing: Int, _ standing2: Int) -> String {
        "\(member): \(slug) = \(points) điểm; tổng \(standing), hạng \(standing2)"
    }
    public func blocViewCodeCriteriaCountCriteriaTotal(_ viewCode: UnitCode, _ criteriaCount: Int, _ total: Int) -> String {
        "Khối \(viewCode): \(criteriaCount) tiêu chí, tối đa \(total) điểm."
    }
    public func memberCrossCheckedCheckPoints(_ member: UnitCode, _ check: Int, _ selfScores: Int) -> String {
        "\(member): kiểm tra chéo \(check) điểm (tự chấm \(selfScores))"
    }
    public func blocViewCodeBallotsCountStandingsCountMembers(_ viewCode: UnitCode, _ ballotsCount: Int, _ standingsCount: Int) -> String {
        "Khối \(viewCode): \(ballotsCount)/\(standingsCount) thành viên đã bỏ phiếu."
    }
    public func blocCountOfHeld(_ label: LocalizedText, _ viewCode: UnitCode, _ held: Int, _ held2: Int) -> String {
        "\(label.vi) khối \(viewCode): \(held) thành viên dự, \(held2) vắng"
    }
    public func chairChair(_ chair: UnitCode) -> String {
        "  Khối trưởng \(chair)"
    }
    public func deputyOfBloc(_ v0: UnitCode) -> String {
        ", khối phó \(v0)"
    }
    public func planTemplateCodeInBloc(_ templateCode: UnitCode) -> String {
        " – kế hoạch \(templateCode)"
    }
    public var theBlocsOwnCriteria: String { "  Tiêu chí riêng của khối" }
    public func selfScoresDueNumeric(_ numeric: String) -> String {
        ", hạn tự chấm \(numeric)"
    }
    public var rank: String { "Hạng" }
    public var unit: String { "Đơn vị" }
    public var selfText: String { "Tự chấm" }
    public var checked: String { "Kiểm tra chéo" }
    public var votes: String { "Phiếu" }
    public var proposedInBloc: String { "Đề nghị" }
    public var lateInBloc: String { " (muộn)" }
    public var yes: String { "có" }
    public var noInBloc: String { "không" }
    public func unitNameCrossCheckedByChecker(_ unitName: String, _ checker: String, _ remark: String) -> String {
        "  \(unitName): kiểm tra chéo bởi \(checker): \(remark)"
    }
    public var proposedWhen: String { "  Đề nghị khen thưởng khi: " }
    public func presentCountPresentAbsent(_ presentCount: Int) -> String {
        "\(presentCount) dự, vắng: "
    }
    public func wrotePathStandingsCountUnits(_ path: String, _ standingsCount: Int) -> String {
        "Đã ghi \(path) (\(standingsCount) đơn vị)"
    }

    // MARK: - outreach/Commands/Budget.swift

    public var estimateASessionsBudgetFrom: String {
        "Lập dự toán kinh phí của đợt từ thông tin của đợt và ghi số thực chi."
    }
    public var theLinesComeFromThe: String {
        """
        Các dòng lấy từ mục `budget:` trong tệp mẫu của đợt (Templates/README.md, mục
        "Budget"); đơn giá lấy từ Templates/rates/ vào ngày đầu của đợt, hoặc do đơn
        vị tổ chức tự ghi.
        Ví dụ:
          outreach budget estimate LCI-2022-TDKT
          outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
              --note "Hóa đơn số 123"
          outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
          outreach budget show LCI-2022-TDKT
        """
    }
    public var theFolderOfRateTables: String {
        """
        Thư mục các bảng định mức chi (mặc định: Templates/rates trong thư mục hiện tại, nếu không có thì \
        Templates/rates của dự án nơi chương trình outreach được dựng).
        """
    }
    public var showTheEstimateOrganiserLines: String {
        "Xem dự toán: các dòng của đơn vị tổ chức, tổng các dòng của đơn vị cử, và phần mỗi đơn vị chi."
    }
    public var participantsAreEveryOfficesRequired: String {
        """
        Số người dự là số chỗ mọi đơn vị phải cử (định mức) khi việc đăng ký còn mở
        vào ngày --today (đến hết hạn đăng ký), sau đó là số đại biểu đã xác nhận.
        Lệnh này chỉ cho xem dự toán: thực chi và chênh lệch xem bằng `budget show`.
        Ví dụ:
          outreach budget estimate LCI-2022-TDKT --json
        """
    }
    public var recordWhatWasReallySpent: String {
        "Ghi số thực chi của một dòng dự toán (thay số đã ghi trước, hoặc cộng thêm với --add; có ghi nhật ký)."
    }
    public var theAmountIsWholeOr: String {
        """
        Số tiền là số đồng chẵn: 4500000, 4.500.000 hoặc 4,500,000. Dòng của đơn vị tổ
        chức được ghi cho cả đợt; dòng của đơn vị cử (phụ cấp lưu trú, tiền phòng
        nghỉ, đi lại) ghi cho một đơn vị được mời, bằng --unit. Ghi số thứ hai cho
        cùng một dòng thì thay số thứ nhất, và thông báo nêu số đã bị thay; với --add
        thì đó là một hóa đơn nữa được cộng vào dòng (cộng số tiền, nối ghi chú bằng
        "; "), trong một lần ghi có nhật ký. --add chỉ cộng vào số đã ghi, không cộng
        vào số quyết toán tính từ điểm danh. Khi một đơn vị chưa ghi dòng chi theo
        người thì quyết toán của đơn vị đó tính theo số người thực tế đến dự (điểm
        danh). Số tiền ghi cho một đơn vị được mời mà không có ai được xác nhận vẫn
        được giữ và quyết toán với dự toán bằng 0. Khi có --as, chỉ đơn vị tổ chức,
        đơn vị cấp kinh phí của đợt (funded_by) hoặc chính đơn vị cử (với các dòng của
        mình) được ghi.
        Ví dụ:
          outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
              --note "Hóa đơn số 123" --as PHONG-KHTC
          outreach budget actual LCI-2022-TDKT hoi-truong 100.000 --add \\
              --note "Hóa đơn số 124" --as PHONG-KHTC
          outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
        """
    }
    public var theBudgetLineCodeE: String { "Mã dòng dự toán, ví dụ hoi-truong." }
    public var theAmountIn: String { "Số tiền (đồng)." }
    public var whatTheFigureIsInvoice: String { "Nội dung của số tiền (số hóa đơn, lý do chênh lệch)." }
    public var theSendingOfficeWhoseSpending: String {
        "Đơn vị cử đã chi khoản này (chỉ với các dòng do đơn vị cử chi), ví dụ PGD-BATXAT."
    }
    public var addTheAmountToThe: String {
        "Cộng số tiền vào số đã ghi của dòng này (thêm một hóa đơn) thay vì ghi đè."
    }
    public func giveOneAmountSuchAs(_ amountWords: String) -> String {
        "ghi một số tiền, ví dụ 4500000, không phải “\(amountWords)”"
    }
    public var isNotABudgetLine: String {
        "không phải mã dòng dự toán (chữ thường, gạch ngang; xem: outreach budget show)"
    }
    public var estimateActualAndDifferencePer: String {
        "Dự toán, thực chi và chênh lệch theo từng dòng và tổng cộng (quyết toán)."
    }
    public var exampleOutreachBudgetShowLCI: String {
        """
        Ví dụ:
          outreach budget show LCI-2022-TDKT
        """
    }
    public func budgetEstimateOfSessionCodeParticipants(_ sessionCode: SessionCode, _ participants: Int64, _ label: String, _ days: Int) -> String {
        "Dự toán kinh phí đợt \(sessionCode): \(participants) người (\(label)), \(days) ngày"
    }
    public var budgetLine: String { "dòng dự toán" }
    public var amount: String { "số tiền" }
    public func addedToActualLineOffice(_ line: Slug, _ office: String, _ grouped: String, _ grouped2: String, _ total: String) -> String {
        "Đã cộng thêm thực chi \(line)\(office): \(grouped) + \(grouped2) = \(total) đồng"
    }
    public func recordedActualLineOfficeTotal(_ line: Slug, _ office: String, _ total: String, _ named: String) -> String {
        "Đã ghi thực chi \(line)\(office): \(total) đồng, thay \(named); để cộng thêm hóa đơn, dùng --add"
    }
    public func amountWithNote(_ grouped: String, _ note: String?) -> String {
        "\(grouped) đồng" + (note.map { " (\($0))" } ?? "")
    }
    public func recordedActualLineOfficeTotalInBudget(_ line: Slug, _ office: String, _ total: String) -> String {
        "Đã ghi thực chi \(line)\(office): \(total) đồng"
    }
    public func estimateAndActualsOfSessionCode(_ sessionCode: SessionCode) -> String {
        "Dự toán và thực chi đợt \(sessionCode)"
    }
    public var organiserPays: String { "Đơn vị tổ chức chi:  " }
    public var sendingUnitsPay: String { "Đơn vị cử người chi: " }
    public var totalInBudget: String { "Tổng cộng:           " }
    public var inWords: String { "Bằng chữ: " }
    public var actual: String { "Thực chi:            " }
    public var difference: String { "Chênh lệch:          " }

    // MARK: - outreach/Commands/Cascade.swift

    public var followUpCascadesDutiesPer: String {
        "Tuyên truyền lại: nghĩa vụ của từng đơn vị, đợt tuyên truyền lại của đơn vị, báo cáo, tổng hợp."
    }
    public var afterASessionIsHeld: String {
        """
        Sau khi đợt được tổ chức, `cascade open` giao cho mỗi đơn vị có người dự một
        nghĩa vụ tuyên truyền lại, hạn theo mục follow_up của tệp mẫu, với số đối
        tượng đếm vào ngày đó (chốt từ đó về sau). Mỗi đơn vị lập đợt của mình
        (`cascade plan`), đợt đó có thể lại giao nghĩa vụ tuyên truyền lại cho cấp
        dưới, đến bao nhiêu cấp cũng được, và báo cáo lên (`cascade report`); đơn vị
        cấp trên chấp nhận báo cáo, khi đó báo cáo bị khóa. Tình trạng vào một ngày
        (--today): Chưa đến hạn (đến hết ngày hạn), Đúng hạn (tổ chức đúng hoặc trước
        hạn), Trễ hạn (tổ chức sau hạn), Quá hạn (chưa báo cáo khi đã quá hạn), Không
        báo cáo (chưa báo cáo khi đã quá ngày khóa sổ, tức hạn + missing_after_days,
        mặc định 30 ngày).
        """
    }
    public var theSessionTheDutyComes: String {
        "Đợt phát sinh nghĩa vụ (dùng với --unit), hoặc đợt tuyên truyền lại đã lập cho nghĩa vụ đó."
    }
    public var theOfficeThatOwesThe: String { "Đơn vị phải tuyên truyền lại." }
    public var theDutyNumberAsIn: String { "Số của nghĩa vụ (như trong cascade status --json)." }
    public var nameTheDutySESSIONUnit: String { "ghi nhiệm vụ: MÃ_ĐỢT [--unit MÃ_ĐƠN_VỊ], hoặc --duty SỐ" }
    public var dutyAndUnitDoNot: String { "--duty và --unit không dùng cùng nhau" }
    public var fixTheFollowUpDuties: String {
        "Chốt nghĩa vụ tuyên truyền lại của một đợt đã tổ chức: mỗi đơn vị có người dự một nghĩa vụ."
    }
    public var officesWithAtLeastOne: String {
        """
        Đơn vị có ít nhất một người có mặt hoặc đến muộn phải tuyên truyền lại; với
        --invited thì mọi đơn vị được mời đều phải (cho các đợt không điểm danh);
        follow_up.kinds giới hạn ở một số loại đơn vị. Chỉ làm một lần; `cascade plan`
        tự làm việc này ở lần dùng đầu tiên. Đợt được đánh dấu là đã tổ chức.
        Ví dụ (trên dữ liệu mẫu, sau ngày tập huấn):
          outreach cascade open LCI-2022-TDKT --today 2022-05-11
        """
    }
    public var obligeEveryInvitedOfficeNot: String {
        "Giao nghĩa vụ cho mọi đơn vị được mời, không chỉ các đơn vị có người dự."
    }
    public var createAnOfficesOwnSession: String {
        "Lập đợt tuyên truyền lại của một đơn vị cho các đơn vị trực thuộc (đợt cấp dưới)."
    }
    public var theChildInheritsTitleTopic: String {
        """
        Đợt cấp dưới kế thừa tên, chủ đề, nội dung và vai trò; mỗi đơn vị trực thuộc
        đơn vị tổ chức được định mức --per-unit chỗ (là cán bộ của chính đơn vị nếu
        không có đơn vị trực thuộc). --follow-up-days hoặc --follow-up-due làm đợt cấp
        dưới lại giao nghĩa vụ tuyên truyền lại (--audience subordinate-units hoặc
        people), cứ thế tiếp tục: Sở → Phòng → trường.
        Ví dụ:
          outreach cascade plan LCI-2022-TDKT --unit PGD-BATXAT --as PGD-BATXAT \\
            --date 2022-05-25 --venue "Hội trường Phòng GD&ĐT Bát Xát" --per-unit 2 \\
            --follow-up-days 20 --audience people
        """
    }
    public var theParentSessionCode: String { "Mã đợt cấp trên." }
    public var theOfficeThatReRuns: String { "Đơn vị tổ chức tuyên truyền lại." }
    public var theDayTheChildSession: String { "Ngày bắt đầu đợt tuyên truyền lại, DD/MM/YYYY hoặc YYYY-MM-DD." }
    public var whereItIsHeld: String { "Địa điểm tổ chức." }
    public var thePlaceInTheDate: String { "Địa danh ghi ở dòng ngày tháng (mặc định: huyện của đơn vị)." }
    public var theChildSessionsCodeDefault: String {
        "Mã đợt tuyên truyền lại (mặc định: MÃ-ĐỢT-CẤP-TRÊN-MÃ-ĐƠN-VỊ)."
    }
    public var daysItLasts: String { "Số ngày tổ chức." }
    public var placesPerInvitedUnit: String { "Số chỗ cho mỗi đơn vị được mời." }
    public var rolesThePlacesAcceptCodes: String {
        "Các vai trò được nhận vào các chỗ (mã hoặc tên), cách nhau bằng dấu phẩy (mặc định: mọi vai trò của đợt cấp trên)."
    }
    public var theChildRequiresAFollow: String {
        "Đợt tuyên truyền lại này lại giao nghĩa vụ tuyên truyền lại, hạn N ngày sau khi kết thúc."
    }
    public var theChildRequiresAFollowUp: String {
        "Đợt tuyên truyền lại này lại giao nghĩa vụ tuyên truyền lại, hạn vào ngày này."
    }
    public var whomTheChildsFollowUp: String {
        "Đối tượng phải tuyên truyền đến: subordinate-units (các đơn vị trực thuộc) hoặc people (số người)."
    }
    public var giveFollowUpDaysOr: String { "ghi --follow-up-days hoặc --follow-up-due, không ghi cả hai" }
    public var followUpDaysMustBe: String { "--follow-up-days phải từ 0 đến 3650" }
    public var audienceNeedsFollowUpDays: String { "--audience cần --follow-up-days hoặc --follow-up-due" }
    public var reportAFollowUpAs: String {
        "Báo cáo đã tổ chức tuyên truyền lại, với số đơn vị và số người được tuyên truyền; báo cáo lại để sửa."
    }
    public var theFiguresAreTypedOr: String {
        """
        Số liệu được gõ vào, hoặc đếm từ điểm danh của đợt cấp dưới
        (--from-attendance: các đơn vị có người có mặt hoặc đến muộn, và số người đó).
        Báo cáo lần hai sửa lần một: cả hai đều được giữ, nhật ký ghi lại thay đổi.
        Báo cáo đã được chấp nhận thì bị khóa cho đến khi mở lại.
        Ví dụ:
          outreach cascade report LCI-2022-TDKT-PGD-BATXAT --as PGD-BATXAT \\
            --held 2022-05-25 --reached-units 11 --reached-people 22
          outreach cascade report LCI-2022-TDKT --unit PGD-SIMACAI --held 2022-06-14 \\
            --reached-units 10 --reached-people 41
        """
    }
    public var theDayTheFollowUp: String { "Ngày tổ chức tuyên truyền lại, DD/MM/YYYY hoặc YYYY-MM-DD." }
    public var unitsReachedInCascade: String { "Số đơn vị được tuyên truyền." }
    public var peopleReachedInCascade: String { "Số người được tuyên truyền." }
    public var countUnitsAndPeopleFrom: String { "Đếm số đơn vị và số người từ điểm danh của đợt tuyên truyền lại." }
    public var aNoteKeptWithTheReport: String { "Ghi chú kèm theo báo cáo." }
    public var giveHeldReachedUnitsAnd: String {
        "ghi --held, --reached-units và --reached-people, hoặc --from-attendance"
    }
    public var acceptAnOfficesReportThe: String {
        "Chấp nhận báo cáo của một đơn vị (do đơn vị nhận báo cáo thực hiện): khóa báo cáo cho đến khi mở lại."
    }
    public var exampleOutreachCascadeAcceptLCI: String {
        """
        Ví dụ: outreach cascade accept LCI-2022-TDKT --unit PGD-BATXAT --as SGDDT-LCI
        """
    }
    public var reopenAnAcceptedReportSo: String {
        "Mở lại một báo cáo đã chấp nhận để sửa; lý do được lưu vào nhật ký."
    }
    public var exampleOutreachCascadeReopenLCI: String {
        """
        Ví dụ: outreach cascade reopen LCI-2022-TDKT --unit PGD-BATXAT --reason "sai
        số người"
        """
    }
    public var whyTheReportIsReopened: String { "Lý do mở lại báo cáo (bắt buộc)." }
    public func openedDutiesCountFollowUpDuties(_ dutiesCount: Int, _ due: String) -> String {
        "Đã giao nhiệm vụ tuyên truyền lại cho \(dutiesCount) đơn vị, hạn \(due)"
    }
    public func createdSessionCodeOnNumeric(_ sessionCode: SessionCode, _ numeric: String, _ id: Int64, _ unit: UnitCode, _ numeric2: String, _ quotas: Int) -> String {
        "Đã lập đợt \(sessionCode) ngày \(numeric) cho nhiệm vụ #\(id) của \(unit) (hạn \(numeric2)), triệu tập \(quotas) đơn vị"
    }
    public func unitReportSaved(_ corrected: Bool, _ unit: UnitCode, _ numeric: String, _ reachedUnits: Int, _ audienceUnits: Int, _ reachedPeople: Int, _ label: String) -> String {
        "\(corrected ? "Đã sửa" : "Đã ghi") báo cáo của \(unit): tổ chức \(numeric), \(reachedUnits)/\(audienceUnits) đơn vị, \(reachedPeople) người – \(label)"
    }
    public func acceptedTheReportOfUnit(_ unit: UnitCode, _ id: Int64) -> String {
        "Đã xác nhận báo cáo của \(unit) (nhiệm vụ #\(id))"
    }
    public func reopenedTheReportOfUnit(_ unit: UnitCode, _ id: Int64) -> String {
        "Đã mở lại báo cáo của \(unit) (nhiệm vụ #\(id))"
    }

    // MARK: - outreach/Commands/CascadeStatus.swift

    public var officesCounted: String { "đơn vị" }
    public var dutiesCounted: String { "nhiệm vụ" }
    public var theFollowUpTreeOf: String {
        "Cây tuyên truyền lại của một đợt vào một ngày: tình trạng của từng đơn vị và số tổng hợp ở mọi cấp."
    }
    public var completenessIsReportsOverDuties: String {
        """
        Tỷ lệ hoàn thành là số báo cáo trên số nghĩa vụ (mỗi đơn vị tính một lần,
        không quá 100 %); tỷ lệ đúng hạn là số đúng hạn trên số đã báo cáo; số đơn vị
        và số người được tuyên truyền so với số đối tượng chốt khi giao nghĩa vụ. Số
        tổng hợp của một dòng gồm dòng đó và mọi cấp dưới.
        Ví dụ (trên dữ liệu mẫu):
          outreach cascade status LCI-2022-TDKT --today 2022-07-15
          outreach cascade status LCI-2022-TDKT --level 1 --json
        """
    }
    public var showTheTreeDownTo: String { "Hiện cây đến cấp này (1 = các đơn vị đã dự đợt)." }
    public var levelMustBeOrMore: String { "--level phải từ 1 trở lên" }
    public var theOfficesStillOwingA: String {
        "Các đơn vị còn nợ báo cáo tuyên truyền lại, kèm thông tin liên hệ, dạng CSV hoặc xlsx để trộn thư."
    }
    public var listsEveryDutyNotDone: String {
        """
        Liệt kê mọi nghĩa vụ chưa hoàn thành vào ngày --today (chưa đến hạn, quá hạn,
        không báo cáo) theo thứ tự của cây. In ra CSV (UTF-8 có BOM để Excel đọc đúng
        tiếng Việt), trừ khi -o ghi tên tệp .csv hoặc .xlsx. Tệp xlsx có bảng để trộn
        thư ("Nhắc báo cáo") và một trang để in ("Bản in"): phần tiêu đề, mỗi đơn vị
        một khối, phần chữ ký, khổ A4 ngang.
        Ví dụ:
          outreach cascade remind LCI-2022-TDKT --today 2022-07-01 \\
              -o exports/nhac-bao-cao.xlsx
          outreach cascade remind LCI-2022-TDKT --level 1 > nhac.csv
        """
    }
    public var onlyDutiesDownToThis: String { "Chỉ các nghĩa vụ đến cấp này." }
    public var writeToFILECsvOr: String { "Ghi ra tệp FILE.csv hoặc FILE.xlsx thay vì in CSV ra màn hình." }
    public var oMustNameACsv: String { "-o phải là tệp .csv hoặc .xlsx" }
    public var theFollowUpWorkbookThe: String {
        "Bảng tính tuyên truyền lại: cây các cấp thu gọn được, tổng cộng bằng công thức, đánh dấu tình trạng, biểu đồ."
    }
    public var oneRowPerOfficeOwing: String {
        """
        Mỗi đơn vị có nghĩa vụ tuyên truyền lại một dòng, xếp dưới đơn vị cấp trên
        (nút +/– của Excel mở và đóng từng cấp); các dòng trễ hạn, quá hạn và không
        báo cáo được tô màu; tổng cộng theo từng cấp và toàn bộ bằng công thức; tỷ lệ
        hoàn thành theo huyện ở một trang riêng, kèm biểu đồ.
        Ví dụ (ghi tệp exports/LCI-2022-TDKT/tuyen-truyen-lai.xlsx):
          outreach export cascade LCI-2022-TDKT --today 2022-07-15
        """
    }
    public func followUpOfSession(_ session: SessionCode, _ numeric: String) -> String {
        "Tuyên truyền lại của đợt \(session), tính đến ngày \(numeric)"
    }
    public func noDutiesYetOutreachCascade(_ session: SessionCode) -> String {
        "Chưa giao nhiệm vụ nào (outreach cascade open \(session))"
    }
    public func noDutiesSeenBy(_ session: SessionCode, _ unit: UnitCode) -> String {
        "Không có nhiệm vụ tuyên truyền lại nào của đợt \(session) mà \(unit) được xem (của chính đơn vị hoặc các đơn vị trực thuộc)"
    }
    public var accepted: String { " (đã xác nhận)" }
    public func guessedOfficesNoUnitOf(_ guessed: Int) -> String {
        "* \(guessed) đơn vị: không đơn vị nào của họ có số cán bộ, giáo viên (staff trong tệp đơn vị) khi giao nhiệm vụ, nên số người phải tuyên truyền chỉ là số người đã có trong cơ sở dữ liệu"
    }
    public func wrotePathNodesCountOffices(_ path: String, _ nodesCount: Int) -> String {
        "Đã ghi \(path) (\(nodesCount) đơn vị)"
    }
    public func wroteCounted(_ output: String, _ count: Int, _ counted: LocalizedText) -> String {
        "Đã ghi \(output) (\(count) \(counted.vi))"
    }

    // MARK: - outreach/Commands/Database.swift

    public var backUpAndCheckThe: String { "Sao lưu và kiểm tra tệp cơ sở dữ liệu." }
    public var bothCommandsOpenTheDatabase: String {
        """
        Cả hai lệnh chỉ mở cơ sở dữ liệu để đọc: không bao giờ sửa hay nâng cấp nó,
        nên dùng được khi các đơn vị đang làm việc, với tệp bị hỏng, và trước khi cài
        phiên bản mới.
        """
    }
    public var copyTheDatabaseIntoA: String {
        "Sao chép cơ sở dữ liệu ra một tệp mới trong khi mọi người vẫn làm việc (sao lưu trực tuyến của SQLite)."
    }
    public var theCopyHoldsEveryChange: String {
        """
        Bản sao có mọi thay đổi đã ghi xong trước khi sao, kể cả khi có lệnh khác đang
        chạy. Bản sao được ghi dưới một tên tạm ẩn bên cạnh FILE và đổi tên khi xong,
        nên sao lưu bị lỗi hoặc bị ngắt thì không để lại FILE. FILE đã có thì được giữ
        nguyên (mã thoát 4), trừ khi có --force. Để khôi phục, dùng bản sao làm --db,
        hoặc chép đè lên cơ sở dữ liệu khi không ai đang làm việc.
        Ví dụ (một bản sao ghi ngày, trước hạn đăng ký):
          outreach db backup sao-luu/outreach-2022-05-05.sqlite
        """
    }
    public var theFileToCreateE: String { "Tệp cần tạo, ví dụ sao-luu/outreach-2022-05-05.sqlite." }
    public var replaceFILEIfItAlready: String { "Ghi đè FILE nếu tệp đã có." }
    public var checkTheDatabaseFileIs: String {
        "Kiểm tra tệp cơ sở dữ liệu còn nguyên vẹn: kiểm tra toàn vẹn của SQLite và mọi liên kết giữa các bảng."
    }
    public var runsPRAGMAIntegrityCheckAnd: String {
        """
        Chạy PRAGMA integrity_check và PRAGMA foreign_key_check. In "ok" và thoát với
        mã 0 khi tệp nguyên vẹn; nếu không, in từng lỗi và thoát với mã 5. Khi phát
        hiện lỗi, ngừng làm việc trên tệp này và khôi phục bản sao lưu mới nhất
        (outreach db backup).
        Ví dụ:
          outreach db check --db outreach.sqlite
        """
    }
    public func problemsFoundProblemsCountListedAbove(_ problemsCount: Int) -> String {
        "có \(problemsCount) lỗi (liệt kê ở trên); hãy khôi phục từ bản sao lưu gần nhất"
    }
    public func backedUpSourceToFile(_ source: String, _ file: String, _ size: String) -> String {
        "Đã sao lưu \(source) vào \(file) (\(size))"
    }

    // MARK: - outreach/Commands/Demo.swift

    public var buildAFreshDemoDatabase: String {
        "Tạo mới cơ sở dữ liệu mẫu từ Templates/ (Lào Cai 2022) và xuất các bảng tính của nó."
    }
    public var importsTheUnitsCreatesSession: String {
        """
        Nhập danh sách đơn vị, tạo đợt LCI-2022-TDKT, tạo một bộ đại biểu giả định
        (luôn như nhau; vài đơn vị cử thiếu, vài đại biểu chưa xác nhận), ghi điểm
        danh ngày tập huấn, và xuất danh sách ký tên, danh sách đại biểu và dự toán.
        Lệnh chỉ ghi đè cơ sở dữ liệu do chính `outreach demo` tạo ra, và cơ sở dữ liệu
        đã có thay đổi sau đó (thêm đại biểu, điểm danh…) chỉ khi có --force: không có
        --force, lệnh cho biết những gì sẽ mất và không đổi gì (mã thoát 4).
        Ví dụ:
          outreach demo --db outreach.sqlite \\
            --templates Templates --exports exports
        """
    }
    public var theTemplatesFolder: String { "Thư mục tệp mẫu." }
    public var theExportsFolder: String { "Thư mục xuất." }
    public var replaceADemoDatabaseEven: String {
        "Ghi đè cơ sở dữ liệu demo cả khi đã có thay đổi trong đó sau khi tạo."
    }
    public var rebuildTheDemoDatabase: String { "tạo lại cơ sở dữ liệu demo" }
    public var backUpTheDatabase: String { "sao lưu cơ sở dữ liệu" }
    public func demoDatabasePath(_ path: String) -> String {
        "Cơ sở dữ liệu demo: \(path)"
    }
    public func sessionCodeTitle(_ sessionCode: SessionCode, _ title: String) -> String {
        "Đợt \(sessionCode): \(title)"
    }
    public func statusesCountOfficesRequiredPlacesNominated(_ statusesCount: Int, _ required: Int, _ nominated: Int, _ confirmed: Int, _ missing: Int) -> String {
        "  \(statusesCount) đơn vị, định mức \(required), đã cử \(nominated), đã xác nhận \(confirmed), còn thiếu \(missing)"
    }
    public var officesShort: String { "  Đơn vị còn thiếu: " }
    public func attendancePartsCountPartsPresent(_ partsCount: Int, _ present: Int, _ late: Int, _ excused: Int, _ absent: Int, _ rate: String) -> String {
        "  Điểm danh (\(partsCount) buổi, tính theo lượt người × buổi): có mặt \(present), muộn \(late), có phép \(excused), vắng \(absent); \(rate)% so với định mức"
    }
    public func budgetEstimateGroupedOrganiserGroupedInDemo(_ grouped: String, _ grouped2: String, _ grouped3: String) -> String {
        "  Dự toán kinh phí: \(grouped) đồng (đơn vị tổ chức \(grouped2), đơn vị cử người \(grouped3))"
    }
    public var wrote: String { "Đã ghi:" }
    public func planCodeDonePlanLinesCountReports(_ planCode: UnitCode, _ done: Int, _ planLinesCount: Int, _ filter: Int, _ eligibleCount: Int) -> String {
        "Kế hoạch \(planCode): \(done)/\(planLinesCount) báo cáo đã nhận; \(filter)/\(eligibleCount) đơn vị được xét khen thưởng"
    }
    public func demoBlocBallots(_ vietYenCode: UnitCode, _ ballotsCount: Int, _ standingsCount: Int, _ proposed: String) -> String {
        "Khối \(vietYenCode) (seed 002): \(ballotsCount)/\(standingsCount) phiếu bình xét; đề nghị khen thưởng: \(proposed.isEmpty ? "không" : proposed)"
    }
    public func planRecurringCodeRecurringReportsAs(_ recurringCode: UnitCode, _ numeric: String) -> String {
        "Kế hoạch \(recurringCode) (báo cáo định kỳ, ngày xem \(numeric)):"
    }
    public func demoDutyPeriodReceived(_ duty: Slug, _ period: DutyPeriod, _ filter: Int, _ ofCount: Int, _ filter2: Int) -> String {
        "  \(duty) \(periodName(period)): \(filter)/\(ofCount) đã nhận, \(filter2) đúng hạn"
    }

    // MARK: - outreach/Commands/Doc.swift

    public var writeASessionsDocumentsAs: String {
        "Soạn các văn bản của đợt dưới dạng tệp Word: kế hoạch, giấy mời, quyết định dự toán, giấy chứng nhận."
    }
    public var theWordingComesFromTemplates: String {
        """
        Câu chữ lấy từ Templates/documents/ (các văn bản ghi ở mục `documents:` của đợt;
        cách viết xem Templates/README.md, mục "Documents"), số liệu lấy từ cơ sở dữ
        liệu, thể thức theo Nghị định 30/2020/NĐ-CP.
        Ví dụ (ghi vào exports/LCI-2022-TDKT/):
          outreach doc plan LCI-2022-TDKT
          outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT
          outreach doc decision LCI-2022-TDKT --kind budget
          outreach doc certificates LCI-2022-TDKT --pdf
        """
    }
    public var theFileToWriteDefault: String {
        "Tệp cần ghi (mặc định: exports/<ĐỢT>/<tên>.docx), hoặc một thư mục kết thúc bằng /."
    }
    public var theExportsFolderForThe: String { "Thư mục xuất cho đường dẫn mặc định." }
    public var theFolderOfDocumentTexts: String {
        "Thư mục câu chữ văn bản (mặc định: Templates/documents trong thư mục hiện tại, nếu không có thì của dự án đã dựng chương trình outreach)."
    }
    public var alsoWriteThePDFBeside: String { "Ghi thêm bản PDF bên cạnh, in bằng LibreOffice (không giao diện)." }
    public var pdfNeedsLibreOfficeInstallIt: String {
        "--pdf cần LibreOffice: cài bằng “make pdf-deps” (hoặc “apt-get install libreoffice-writer-nogui”), hoặc bỏ --pdf"
    }
    public var thePlanASessionsAs: String {
        "Kế hoạch: của một đợt, theo bố cục văn bản mẫu 004, hoặc kế hoạch năm như đã ban hành."
    }
    public var forASessionLegalBasis: String {
        """
        Với một đợt: căn cứ, mục đích, nội dung, thời gian và địa điểm, thành phần tham
        dự của từng loại đơn vị (từ định mức), kinh phí (từ bên chi trong dự toán), phân
        công, nơi nhận và người ký.
        Ví dụ (ghi exports/<MÃ>/ke-hoach.docx):
          outreach doc plan LCI-2022-TDKT
          outreach doc plan LCU-2022-TDKT-CD
        """
    }
    public var theSessionCodeOrThe: String { "Mã đợt, hoặc mã của một kế hoạch năm (plan import)." }
    public var invitationsOnePerInvitedOffice: String { "Giấy mời: mỗi đơn vị được mời một tệp, và tất cả trong một tệp để in." }
    public var eachNamesTheOfficeIts: String {
        """
        Mỗi giấy ghi đơn vị (Kính gửi), số chỗ theo vai trò, hạn đăng ký và cách trả
        lời: phiếu đăng ký của đơn vị (export form) và, khi có --url hoặc $OUTREACH_URL,
        đường dẫn đăng nhập của đơn vị (URL/dang-ky/ĐỢT/ĐƠN-VỊ).
        Ví dụ (ghi exports/LCI-2022-TDKT/giay-moi/<ĐƠN-VỊ>.docx và giay-moi.docx):
          outreach doc invitation LCI-2022-TDKT
          outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT -o bat-xat.docx
        """
    }
    public var theSessionCode: String { "Mã đợt." }
    public var onlyThisOfficesInvitationDefault: String {
        "Chỉ giấy mời của đơn vị này (mặc định: mọi đơn vị được mời)."
    }
    public var theServersAddressForEach: String {
        "Địa chỉ máy chủ mà các đơn vị truy cập, để ghi đường dẫn đăng nhập của từng đơn vị (mặc định: $OUTREACH_URL, như access grant)."
    }
    public var ofileWritesOneInvitation: String {
        "-o TỆP ghi một giấy mời: thêm --unit MÃ_ĐƠN_VỊ, hoặc ghi một thư mục kết thúc bằng /"
    }
    public var aDecisionKindBudgetApproves: String { "Quyết định; --kind budget phê duyệt dự toán, kèm bảng dự toán." }
    public var theEstimateItsTotalAnd: String {
        """
        Dự toán, tổng số và số tiền bằng chữ đúng như `budget estimate` vào ngày
        --today.
        Ví dụ (ghi exports/LCI-2022-TDKT/quyet-dinh-du-toan.docx):
          outreach doc decision LCI-2022-TDKT --kind budget
        """
    }
    public var whatTheDecisionDecidesBudget: String { "Quyết định về việc gì: budget (dự toán)." }
    public func kindMustBeBudgetThe(_ kind: String) -> String {
        "--kind phải là budget (quyết định phê duyệt dự toán), không phải “\(kind)”"
    }
    public var certificatesForEveryoneWhoCame: String {
        "Giấy chứng nhận cho mọi người đã tham dự, mỗi người một trang khổ ngang."
    }
    public var everyoneMarkedPresentOrLate: String {
        """
        Mọi người có mặt hoặc đến muộn ít nhất một buổi (kể cả người đến không đăng ký
        trước), theo thứ tự của danh sách ký tên. Cần có điểm danh (attendance mark /
        import).
        Ví dụ (ghi exports/LCI-2022-TDKT/giay-chung-nhan.docx):
          outreach doc certificates LCI-2022-TDKT
        """
    }
    public func wrotePath(_ path: String) -> String {
        "Đã ghi \(path)"
    }
    public func countDocuments(_ count: Int) -> String {
        "(\(count) trang văn bản)"
    }
    public func wroteWrittenCountInvitationsIntoFolder(_ writtenCount: Int, _ folder: String) -> String {
        "Đã ghi \(writtenCount) giấy mời vào \(folder)/"
    }
    public func totalGrouped(_ grouped: String) -> String {
        "Tổng cộng \(grouped) đồng"
    }
    public func countCertificates(_ count: Int) -> String {
        "\(count) giấy chứng nhận"
    }

    // MARK: - outreach/Commands/Duty.swift

    public var recordReportsOnPlanDuties: String {
        "Ghi nhận báo cáo theo nghĩa vụ của kế hoạch và nhắc các đơn vị việc sắp đến hạn."
    }
    public var recordThatAUnitRegistered: String {
        "Ghi nhận một đơn vị đã đăng ký hoặc đã báo cáo theo một nghĩa vụ của kế hoạch; ghi lại để sửa."
    }
    public var dutyIsTheDutysCode: String {
        """
        DUTY là mã nghĩa vụ trong kế hoạch (dùng với --plan) hoặc số của nghĩa vụ (như
        trong plan duties --json). --on là ngày báo cáo đến đơn vị nhận báo cáo: đúng
        hoặc trước hạn là đúng hạn. --file dẫn chiếu tệp báo cáo: chỉ lưu đường dẫn và
        mã SHA-256, không sao chép tệp. Báo cáo lần hai sửa lần một; cả hai đều được
        giữ và nhật ký ghi lại thay đổi. Chính đơn vị, đơn vị nhận báo cáo hoặc một
        đơn vị cấp trên được ghi.
        Ví dụ:
          outreach duty report LDLD-SINHO dang-ky-thi-dua --plan LCU-2022-TDKT-CD \\
              --on 2022-01-25 \\
            --file bao-cao/sinho-dang-ky.pdf --as LDLD-SINHO
          outreach duty report LDLD-MUONGTE 5 --on 2022-02-02 --note "Gửi qua bưu điện"
        """
    }
    public var theUnitThatOwesThe: String { "Đơn vị có nghĩa vụ." }
    public var theDutyItsCodeIn: String { "Nghĩa vụ: mã trong kế hoạch (dùng với --plan), hoặc số của nghĩa vụ." }
    public var thePlanTheDutyCode: String { "Kế hoạch có mã nghĩa vụ đó." }
    public var thePeriodOfARecurring: String {
        "Kỳ của nghĩa vụ định kỳ: 2022 (năm), 2022-H1 (6 tháng đầu năm), 2022-Q3 (quý), 2022-M05 (tháng)."
    }
    public var theDayTheReportWas: String { "Ngày nhận được báo cáo, DD/MM/YYYY hoặc YYYY-MM-DD." }
    public var theReportsFileItsPath: String { "Tệp báo cáo: chỉ ghi lại đường dẫn và mã SHA-256, không lưu tệp." }
    public var dutyIsADutyNumber: String { "NHIỆM_VỤ là số nhiệm vụ, hoặc mã nhiệm vụ kèm --plan MÃ_KẾ_HOẠCH" }
    public var isNotADutyCode: String { "không phải mã nhiệm vụ (chữ thường, số, gạch ngang)" }
    public var unitsWhosePlanDutyFalls: String {
        "Các đơn vị có nghĩa vụ đến hạn trong N ngày tới hoặc đã quá hạn, kèm thông tin liên hệ, dạng CSV hoặc xlsx."
    }
    public var listsEveryDutyOfThe: String {
        """
        Liệt kê mọi nghĩa vụ của kế hoạch chưa hoàn thành vào ngày --today mà đến hạn
        trong --before ngày tới, đã quá hạn hoặc không báo cáo, theo thứ tự kế hoạch
        rồi thứ tự hành chính. In ra CSV (UTF-8 có BOM), trừ khi -o ghi tên tệp .csv
        hoặc .xlsx. Tệp xlsx có bảng để trộn thư ("Nhắc báo cáo") và một trang để in
        ("Bản in"): phần tiêu đề, mỗi nghĩa vụ một khối, phần chữ ký.
        Ví dụ:
          outreach duty remind LCU-2022-TDKT-CD --before 10 --today 2022-06-01 \\
              -o exports/nhac-bao-cao.xlsx
          outreach duty remind LCU-2022-TDKT-CD --before 7 > nhac.csv
        """
    }
    public var daysAheadDutiesDueWithin: String {
        "Số ngày tới: liệt kê các nghĩa vụ đến hạn trong chừng ấy ngày (0 = chỉ các nghĩa vụ quá hạn và đến hạn hôm nay)."
    }
    public var beforeMustBeToDays: String { "--before phải từ 0 đến 366 ngày" }
    public var setOrChangeTheDue: String {
        "Đặt hoặc đổi hạn của một kỳ của nghĩa vụ định kỳ (do đơn vị ban hành kế hoạch quyết định)."
    }
    public var theNewDateHoldsFor: String {
        """
        Hạn mới áp dụng cho mọi đơn vị có nghĩa vụ trong kỳ đó; tình trạng các báo cáo
        được tính lại theo hạn mới. Không đổi được khi đã có báo cáo của kỳ được xác
        nhận. Nhật ký ghi hạn cũ và hạn mới.
        Ví dụ:
          outreach duty set-due LCU-2021-628 bao-cao-nam --period 2022 \\
            --due 2023-01-10 --as LDLD-LCU
        """
    }
    public var theRecurringDutysCodeIn: String { "Mã nghĩa vụ định kỳ trong kế hoạch." }
    public var thePeriodYearH1First: String {
        "Kỳ: 2022 (năm), 2022-H1 (6 tháng đầu năm), 2022-Q3 (quý), 2022-M05 (tháng)."
    }
    public var theNewDueDateDD: String { "Hạn mới, DD/MM/YYYY hoặc YYYY-MM-DD." }
    public var thePlansReportBackTracker: String {
        "Bảng theo dõi báo cáo của kế hoạch: mỗi đơn vị và nghĩa vụ một dòng, tỷ lệ hoàn thành và đúng hạn theo nghĩa vụ và theo khối."
    }
    public var statusAsOfTodayMarked: String {
        """
        Tình trạng tính đến ngày --today, đánh dấu bằng màu; các số liệu là công thức.
        Biểu đồ so sánh các nghĩa vụ.
        Ví dụ (ghi tệp exports/LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx):
          outreach export duties LCU-2022-TDKT-CD --today 2022-12-31
        """
    }
    public var recorded: String { "Đã ghi" }
    public var corrected: String { "Đã sửa" }
    public var file: String { "tệp" }
    public func theReportTitleOfUnit(_ title: String, _ unit: UnitCode, _ numeric: String, _ numeric2: String, _ label: String) -> String {
        "báo cáo “\(title)” của \(unit): nhận ngày \(numeric), hạn \(numeric2) – \(label)"
    }
    public func dueDateSetForPeriod(_ code: Slug, _ period: DutyPeriod, _ numeric: String, _ numeric2: String, _ duties: Int) -> String {
        "Đã đặt hạn “\(code)” kỳ \(periodName(period)): \(numeric) (trước là \(numeric2); \(duties) đơn vị)"
    }
    public func wrotePathLinesCountDutiesDone(_ path: String, _ linesCount: Int, _ done: Int) -> String {
        "Đã ghi \(path) (\(linesCount) nhiệm vụ, \(done) đã báo cáo)"
    }

    // MARK: - outreach/Commands/Export.swift

    public func paymentListTotal(_ total: String, _ forecast: Bool) -> String {
        "Tổng cộng \(total) đồng, " + (forecast ? "dự kiến (chưa có điểm danh)" : "theo số người thực tế tham dự (điểm danh)")
    }
    public var writePrintReadyWorkbooksAInExport: String {
        "Xuất các bảng tính sẵn để in (khổ A4, phông Times New Roman, dòng tiêu đề lặp lại ở mỗi trang)."
    }
    public var theFileToWriteDefaultExports: String {
        "Tệp cần ghi, hoặc thư mục kết thúc bằng / (mặc định: exports/<MÃ-ĐỢT>/<tên>.xlsx)."
    }
    public var theExportsFolderForTheDefault: String { "Thư mục xuất dùng cho đường dẫn mặc định." }
    public var theSignInSheetEveryone: String {
        "Danh sách ký tên: mọi đại biểu đã đăng ký, theo đơn vị cử, có cột ký tên."
    }
    public var peopleAreOrderedByGiven: String {
        """
        Người được xếp theo tên, rồi đến họ và tên đệm (theo bảng chữ cái tiếng Việt);
        đơn vị theo thứ tự định mức của đợt và của tệp danh sách đơn vị. Đợt có nhiều
        buổi được một trang tính cho mỗi buổi ("Sáng 10-05", "Chiều 10-05"), ghi ở tiêu
        đề.
        Ví dụ (ghi tệp exports/LCI-2022-TDKT/danh-sach-ky-ten.xlsx):
          outreach export signin LCI-2022-TDKT
        """
    }
    public var oneNumberedListWithoutOffice: String { "Một danh sách đánh số liền, không chia theo đơn vị." }
    public var emptyNumberedRowsAtThe: String { "Số dòng trống có đánh số ở cuối danh sách, cho người đến thêm." }
    public var tieBreakAfterTheGiven: String {
        "Cách xếp khi trùng tên: given-family (tên, rồi họ và tên đệm) hoặc given-middle (tên, rồi tên đệm, rồi họ)."
    }
    public var blankRowsMustBe: String { "--blank-rows phải từ 0 đến 200" }
    public var theNomineeListEachOffices: String {
        "Danh sách đại biểu: định mức của từng đơn vị (phải cử, đã đăng ký, đã xác nhận, còn thiếu) và những người được cử."
    }
    public var exampleWritesExportsLCITDKT: String {
        """
        Ví dụ (ghi tệp exports/LCI-2022-TDKT/danh-sach-dai-bieu.xlsx):
          outreach export nominees LCI-2022-TDKT
        """
    }
    public var nominationFormsOneWorkbookPer: String {
        "Phiếu đăng ký: mỗi đơn vị được mời một tệp, mỗi chỗ trong định mức một dòng, để điền và gửi lại."
    }
    public var eachFormIsPrefilledWith: String {
        """
        Mỗi phiếu ghi sẵn những người đơn vị đã đăng ký; các ô nhập liệu được kiểm tra
        (danh sách chọn vai trò theo từng chỗ, giới tính, năm sinh, điện thoại), các ô
        khác đều bị khóa. Một trang tính ẩn ghi đợt, đơn vị và chỗ của từng dòng để
        nhập lại sau này.
        Ví dụ (ghi exports/LCI-2022-TDKT/forms/<ĐƠN-VỊ>.xlsx, rồi phieu/<ĐƠN-VỊ>.xlsx,
        rồi một tệp):
          outreach export form LCI-2022-TDKT
          outreach export form LCI-2022-TDKT -o phieu/
          outreach export form LCI-2022-TDKT --unit PGD-BATXAT -o phieu-bat-xat.xlsx
        """
    }
    public var onlyThisOfficesFormDefault: String { "Chỉ xuất phiếu của đơn vị này (mặc định: mọi đơn vị được mời)." }
    public var ofileWritesOneForm: String {
        "-o TỆP ghi một phiếu: thêm --unit MÃ_ĐƠN_VỊ, hoặc ghi một thư mục kết thúc bằng /"
    }
    public var theBudgetEstimateWithThe: String { "Dự toán kinh phí, kèm các cột quyết toán khi đã ghi số thực chi." }
    public var aSummarySheetOrganisersLines: String {
        """
        Một trang tổng hợp (các dòng của đơn vị tổ chức, các dòng của đơn vị cử, tổng
        cộng bằng công thức, tổng số tiền bằng chữ, ba người ký), sau đó mỗi đơn vị cử
        một trang ghi phần đơn vị đó chi.
        Ví dụ (ghi tệp exports/LCI-2022-TDKT/du-toan.xlsx):
          outreach export budget LCI-2022-TDKT
        """
    }
    public var aPaymentListHelp: String {
        "Danh sách chi tiền cho một dòng dự toán tính theo người, có cột ký nhận."
    }
    public var onceAttendanceIsRecordedThe: String {
        """
        Khi đã có điểm danh: những người thực tế đến dự (có mặt hoặc đến muộn, kể cả
        người đến không đăng ký trước), với dòng chi theo ngày thì mỗi người được chi
        theo số ngày có mặt. Trước đó là danh sách dự kiến, tiêu đề "(DỰ KIẾN)": các
        đại biểu đã xác nhận (mọi người đã đăng ký nếu chưa ai được xác nhận) cho mọi
        ngày. Tiền phòng nghỉ chỉ chi cho các đơn vị thuộc diện được chi theo quy định
        về khoảng cách của đợt. Xếp theo đơn vị và theo thứ tự tên tiếng Việt; tổng
        cộng bằng công thức và bằng chữ.
        Ví dụ (ghi tệp exports/LCI-2022-TDKT/danh-sach-chi-tai-lieu.xlsx):
          outreach export payment LCI-2022-TDKT --line tai-lieu
        """
    }
    public var theBudgetLinePaidE: String { "Mã dòng dự toán được chi, ví dụ phu-cap-luu-tru." }
    public var isNotABudgetLineCode: String { "không phải mã dòng dự toán (chữ thường, gạch ngang)" }
    public var theAttendanceWorkbookASummary: String {
        "Bảng tính điểm danh: tổng hợp theo đơn vị kèm tỷ lệ, điểm danh của từng người và biểu đồ."
    }
    public var officesBelowThresholdOfTheir: String {
        """
        Đơn vị có tỷ lệ tham dự dưới --threshold định mức được tô đỏ, đơn vị không có
        ai đến được tô xám.
        Ví dụ (ghi tệp exports/LCI-2022-TDKT/diem-danh.xlsx):
          outreach export attendance LCI-2022-TDKT
        """
    }
    public var theAttendanceRatePercentOf: String {
        "Tỷ lệ tham dự (phần trăm định mức) mà đơn vị thấp hơn sẽ bị tô màu."
    }
    public var thresholdMustBe: String { "--threshold phải từ 0 đến 100" }
    public func wrotePathsCountNominationFormsInto(_ pathsCount: Int, _ folder: String) -> String {
        "Đã ghi \(pathsCount) phiếu đăng ký vào \(folder)/"
    }
    public func wrotePathTotalGrouped(_ path: String, _ grouped: String) -> String {
        "Đã ghi \(path) (tổng cộng \(grouped) đồng)"
    }
    public func wrotePathPeople(_ path: String, _ people: Int) -> String {
        "Đã ghi \(path) (\(people) người)"
    }

    // MARK: - outreach/Commands/Init.swift

    public var createAnEmptyDatabaseOr: String { "Tạo cơ sở dữ liệu trống (hoặc nâng cấp cơ sở dữ liệu đã có)." }
    public var exampleOutreachInitDbTinh: String { "Ví dụ: outreach init --db tinh.sqlite" }
    public func databaseReadyPath(_ path: String) -> String {
        "Cơ sở dữ liệu sẵn sàng: \(path)"
    }

    // MARK: - outreach/Commands/Money.swift

    public var writeAmountsOfMoneyThe: String { "Viết số tiền theo cách của văn bản tài chính." }
    public var exampleOutreachMoneyWords: String {
        """
        Ví dụ:
          outreach money words 1500000
          → Một triệu năm trăm nghìn đồng
        """
    }
    public var printAnAmountInVietnamese: String { "Viết số tiền bằng chữ, từ 0 đến 999.999.999.999.999 đồng." }
    public var theAmountMayBeWritten: String {
        """
        Số tiền có thể viết 1500000, 1.500.000 hoặc 1,500,000 (chỉ số đồng chẵn). Mặc
        định theo cách viết của ngành tài chính phía Bắc: linh, nghìn, bốn, không có
        "chẵn".
        Ví dụ:
          outreach money words 1.005.000
          → Một triệu không trăm linh năm nghìn đồng
          outreach money words 1500000 --le --ngan --chan
        """
    }
    public var theAmountInOr: String { "Số tiền (đồng): 1500000, 1.500.000 hoặc 1,500,000." }
    public var writeLeInsteadOfLinh: String { "Viết “lẻ” thay cho “linh” khi hàng chục là 0 (một trăm lẻ năm)." }
    public var writeNganInsteadOfNghin: String { "Viết “ngàn” thay cho “nghìn”." }
    public var writeTuForAFinal: String { "Viết “tư” cho chữ số 4 ở hàng đơn vị từ hai mươi trở lên (hai mươi tư)." }
    public var endRoundAmountsWith: String { "Thêm “chẵn” sau số tiền tròn (Một triệu đồng chẵn)." }
    public func giveOneAmountSuchAsNot(_ amountWords: String) -> String {
        "ghi một số tiền, ví dụ 1500000, không phải “\(amountWords)”"
    }

    // MARK: - outreach/Commands/Nominee.swift

    public var nominateListConfirmWithdrawAnd: String {
        "Đăng ký, xem danh sách, xác nhận, rút và thay đại biểu do các đơn vị cử."
    }
    public var fullNameHelp: String { "Họ và tên, ví dụ \"Giàng A Páo\"." }
    public var theRoleInTheSession: String {
        "Vai trò trong đợt: mã (lanh-dao, can-bo-tdkt, cbql, giao-vien, chuyen-vien…) hoặc tên vai trò, ví dụ \"Giáo viên\"."
    }
    public var theUnitThePersonWorks: String {
        "Mã đơn vị nơi người đó công tác (mặc định: đơn vị cử; khi thay người thì là nơi công tác của người bị thay)."
    }
    public var positionHelp: String { "Chức vụ, ví dụ \"Phó Hiệu trưởng\"." }
    public var phoneDigitsStartingWithSpaces: String {
        "Số điện thoại: 10 chữ số, bắt đầu bằng 0 (được viết cách hoặc có dấu chấm)."
    }
    public var email: String { "Thư điện tử (email)." }
    public var anExistingPersonsNumberInstead: String {
        "Số của một người đã có trong cơ sở dữ liệu, dùng thay cho --name."
    }
    public var aNoteKeptWithTheNomination: String { "Ghi chú kèm theo việc đăng ký." }
    public var giveNameOrPerson: String { "ghi --name (hoặc --person)" }
    public var giveNameOrPersonNot: String { "ghi --name hoặc --person, không ghi cả hai" }
    public var nominateAPersonForA: String { "Đăng ký một người vào một chỗ trong định mức của đơn vị cử." }
    public var theOfficeIsUnitA: String {
        """
        Đơn vị cử ghi ở --unit; người công tác tại một trường trực thuộc cũng được
        tính cho đơn vị đó (--works-at). Bị từ chối khi vai trò không có trong định
        mức của đơn vị, người đó đã được đăng ký, định mức đã đủ (mã thoát 4) hoặc đã
        quá hạn đăng ký (mã thoát 4; muốn vẫn ghi thì thêm --late --reason "…"). Với
        --reserve, người đó được ghi là dự bị cho chỗ đó: người dự bị không chiếm chỗ
        và chờ, theo thứ tự đã ghi, đến khi một đại biểu của cùng đơn vị rút tên.
        Ví dụ (trên dữ liệu mẫu, trước hạn đăng ký: OUTREACH_TODAY=2022-05-01):
          outreach nominee add LCI-2022-TDKT \\
            --unit PGD-BAOTHANG --works-at TH-BAOTHANG-SO1PHOLU \\
            --name "Giàng A Páo" --role cbql \\
            --position "Hiệu trưởng" --phone 0912345678
          outreach nominee add LCI-2022-TDKT --unit PGD-BATXAT \\
            --name "Lò Thị Hoa" --role lanh-dao --reserve
        """
    }
    public var listThePersonAsA: String { "Ghi người này là dự bị cho chỗ đó; người dự bị không tính vào định mức." }
    public var giveTheSendingOfficeWith: String { "ghi đơn vị cử bằng --unit (hoặc nơi công tác bằng --works-at)" }
    public var listASessionsNomineesBy: String {
        "Danh sách đại biểu của đợt theo từng đơn vị cử, theo thứ tự chính thức."
    }
    public var reservesFollowEachOfficesNominees: String {
        """
        Người dự bị được liệt kê sau các đại biểu của mỗi đơn vị, ghi “Dự bị”, theo
        thứ tự chờ.
        Ví dụ:
          outreach nominee list LCI-2022-TDKT --unit PGD-BATXAT
        """
    }
    public var onlyThisOffice: String { "Chỉ đơn vị này." }
    public var alsoListWithdrawnAndReplaced: String { "Liệt kê cả những người đã rút và đã được thay." }
    public var confirmNomineesByNumberPhone: String {
        "Xác nhận đại biểu theo số thứ tự, số điện thoại hoặc một phần họ tên đủ để phân biệt, hoặc cả một đơn vị."
    }
    public var examplesOnTheDemoOUTREACH: String {
        """
        Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
          outreach nominee confirm LCI-2022-TDKT "#42" 0855662077
          outreach nominee confirm LCI-2022-TDKT \\
            --unit PGD-BAOTHANG --all
        """
    }
    public var nomineesNumberPhoneOrPart: String {
        "Các đại biểu: số thứ tự (#12), số điện thoại hoặc một phần họ tên."
    }
    public var withAllTheOfficeWhose: String { "Dùng với --all: đơn vị có các đại biểu cần xác nhận." }
    public var confirmEveryProposedNomineeOf: String {
        "Xác nhận tất cả đại biểu đã đăng ký của đơn vị ghi ở --unit."
    }
    public var allAndUnitGoTogether: String { "--all và --unit phải đi cùng nhau" }
    public var nameTheNomineesToConfirm: String { "ghi những đại biểu cần xác nhận, hoặc dùng --unit … --all" }
    public var withdrawANomineeFreeingTheir: String { "Rút tên một đại biểu, trả lại chỗ trong định mức." }
    public var exampleOnTheDemoOUTREACH: String {
        """
        Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
          outreach nominee withdraw LCI-2022-TDKT "Triệu Thị Chi" \\
            --reason "ốm"
        """
    }
    public var theNomineeNumberPhoneOr: String { "Đại biểu: số thứ tự, số điện thoại hoặc một phần họ tên." }
    public var replaceANomineeWithAnother: String { "Thay một đại biểu bằng người khác, giữ nguyên chỗ." }
    public var theNewPersonTakesThe: String {
        """
        Người mới nhận đúng chỗ đó; nơi công tác của người mới là nơi công tác của
        người bị thay, trừ khi ghi --works-at khác.
        Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
          outreach nominee replace LCI-2022-TDKT "Bùi Thị Liên" \\
            --name "Sùng Thị Mai" --role giao-vien --phone 0987654321
        """
    }
    public var theNomineeToReplaceNumber: String {
        "Đại biểu cần thay: số thứ tự, số điện thoại hoặc một phần họ tên."
    }
    public func phoneIsAlsoThat(_ phone: String, _ names: String) -> String {
        "số điện thoại \(phone) cũng là của \(names) trong đợt này: kiểm tra lại nếu không phải cùng một máy"
    }
    public func listedReserveIdNameRole(_ id: Int64, _ name: String, _ role: String, _ sender: String) -> String {
        "Đã ghi dự bị #\(id) \(name) (\(role)) cho \(sender)."
    }
    public func nominatedIdNameRoleFor(_ id: Int64, _ name: String, _ role: String, _ sender: String) -> String {
        "Đã đăng ký #\(id) \(name) (\(role)) cho \(sender)."
    }
    public func rowsCountPeople(_ rowsCount: Int) -> String {
        "\(rowsCount) người"
    }
    public func idNameConfirmedAlreadyUnchanged(_ id: Int64, _ name: String) -> String {
        "#\(id) \(name): đã xác nhận từ trước, không đổi"
    }
    public var nobodyToConfirm: String { "Không có ai cần xác nhận." }
    public var withdrew: String { "Đã rút" }
    public func proposedReplacementReserveIdName(_ id: Int64, _ name: String, _ role: String, _ session: String, _ id2: Int64) -> String {
        "Người dự bị thay thế: #\(id) \(name) (\(role)); nhận chỗ bằng: outreach nominee promote \(session) \(id2)"
    }
    public func unchangedIdIsNameAlready(_ id: Int64, _ name: String) -> String {
        "Không đổi: #\(id) đã là \(name)"
    }
    public func replacedOldWithIdName(_ old: String, _ id: Int64, _ name: String) -> String {
        "Đã thay \(old)bằng #\(id) \(name)"
    }

    // MARK: - outreach/Commands/NomineeHistory.swift

    public var giveANomineesPlaceTo: String {
        "Chuyển chỗ của một đại biểu cho người dự bị của cùng đơn vị, trong một bước."
    }
    public var nomineeIsTheOneWhose: String {
        """
        NOMINEE là đại biểu có chỗ được chuyển: đã rút (vẫn giữ trạng thái đã rút)
        hoặc còn giữ chỗ (chuyển thành đã được thay). Người dự bị đứng đầu danh sách
        chờ cho chỗ đó sẽ nhận chỗ (ưu tiên người cùng vai trò), trừ khi --reserve chỉ
        định người dự bị khác của cùng đơn vị. Người dự bị chuyển thành đã đăng ký,
        hoặc đã xác nhận nếu có --confirm; lịch sử lưu lại ai thay ai.
        Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
          outreach nominee withdraw LCI-2022-TDKT "#12" --reason "ốm"
          outreach nominee promote LCI-2022-TDKT "#12" --confirm
        """
    }
    public var theNomineeWhosePlaceTheReserve: String {
        "Đại biểu có chỗ được chuyển cho người dự bị: số thứ tự, số điện thoại hoặc một phần họ tên."
    }
    public var theReserveToPromoteDefault: String {
        "Người dự bị được nhận chỗ (mặc định: người đứng đầu danh sách chờ cho chỗ đó)."
    }
    public var confirmThePromotedReserveAt: String { "Xác nhận ngay người dự bị vừa nhận chỗ." }
    public var showOneNomineeWithThe: String { "Xem một đại biểu, chuỗi thay thế liên quan và nhật ký thay đổi." }
    public var exampleOnTheDemoOUTREACHTODAY: String {
        """
        Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
          outreach nominee show LCI-2022-TDKT "#12"
        """
    }
    public func reservePromoted(_ id: Int64, _ name: String, _ replaces: Int64, _ status: LocalizedText) -> String {
        "#\(id) \(name) (dự bị) thay #\(replaces): \(status.vi.lowercased())"
    }
    public var replacementChainOldestFirst: String { "Chuỗi thay thế (cũ trước):" }
    public func replacesReplaced(_ replaced: Int64) -> String {
        ", thay #\(replaced)"
    }

    // MARK: - outreach/Commands/NomineeImport.swift

    public func rowsWithErrorsSkipped(_ count: Int) -> String {
        ", bỏ qua \(count) dòng lỗi"
    }
    public var importNomineesFromAFilled: String {
        "Nhập đại biểu từ phiếu đăng ký đã điền hoặc từ một danh sách bất kỳ (.xlsx hoặc .csv)."
    }
    public var readsOurOwnFormsOutreach: String {
        """
        Đọc được phiếu đăng ký do outreach xuất (outreach export form: các dấu ẩn cho
        biết đợt, đơn vị và các chỗ), mọi tệp .xlsx có dòng tiêu đề ghi tên các cột
        (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại, Giới tính, Năm sinh,
        Email, Ghi chú; có dấu hay không dấu, chữ hoa hay thường, thứ tự tùy ý; có thể
        nằm dưới phần tiêu đề văn bản; trên nhiều trang tính), và tệp CSV mã UTF-8,
        UTF-16 hoặc Windows-1258. Chữ gõ bằng phông TCVN3 (ABC) hoặc VNI được chuyển
        sang Unicode. Mọi dòng được kiểm tra trước; mỗi lỗi ghi rõ tệp, trang tính,
        dòng và cột. Có dòng lỗi thì không nhập gì (mã thoát 1), trừ khi có --partial;
        --dry-run không ghi gì; nhập lại cùng một tệp thì không thay đổi gì.
        Ví dụ (trên dữ liệu mẫu, OUTREACH_TODAY=2022-05-01):
          outreach export form LCI-2022-TDKT --unit PGD-BAOTHANG -o bt.xlsx
          outreach nominee import bt.xlsx --dry-run
          outreach nominee import ds.csv --session LCI-2022-TDKT \\
            --unit PGD-BATXAT
        """
    }
    public var theSessionReadFromOur: String {
        "Mã đợt (phiếu đăng ký do outreach xuất đã có sẵn; danh sách khác thì phải ghi)."
    }
    public var theSendingOfficeForEvery: String {
        "Đơn vị cử cho mọi dòng (phiếu đăng ký do outreach xuất đã có sẵn)."
    }
    public var theServersAnswerIsMalformed: String { "máy chủ trả lời không đúng dạng" }
    public var added: String { "thêm" }
    public var replacedInNomineeImport: String { "thay chỗ" }
    public var updated: String { "cập nhật" }
    public var rowInNomineeImport: String { "dòng" }
    public var wouldBe: String { "sẽ " }
    public var replacedInImport: String { "thay" }
    public var unchanged: String { "không đổi" }

    // MARK: - outreach/Commands/Plan.swift

    public var loadYearlyPlansActivitiesBy: String {
        "Nạp và xem kế hoạch năm (hoạt động theo quý, nghĩa vụ báo cáo, khối thi đua)."
    }
    public var loadAPlanFileYAML: String {
        "Nạp tệp kế hoạch (YAML); các đơn vị của kế hoạch được chốt theo hiện trạng hôm nay."
    }
    public var importThePlansUnitsFirst: String {
        """
        Nhập các đơn vị của kế hoạch trước (outreach units import …). Nạp lại cùng một
        tệp thì không thay đổi gì; kế hoạch đã sửa thì cần mã mới. Xem
        Templates/README.md, mục "Plans".
        Ví dụ:
          outreach units import Templates/units/lai-chau-ldld-2022.yaml
          outreach plan import Templates/plans/lai-chau-2022-tdkt.yaml
        """
    }
    public var thePlanFile: String { "Tệp kế hoạch." }
    public var listPlansNewestYearFirst: String { "Danh sách kế hoạch, năm mới nhất trước." }
    public var showAPlanItsActivities: String {
        "Xem một kế hoạch: hoạt động theo quý, các nghĩa vụ và thời hạn, điều kiện khen thưởng và các khối thi đua."
    }
    public var exampleOutreachPlanShowLCU: String { "Ví dụ: outreach plan show LCU-2022-TDKT-CD" }
    public var whatEachUnitOwesUnder: String {
        "Mỗi đơn vị phải làm gì theo kế hoạch, hạn đến khi nào, và tình trạng vào ngày --today."
    }
    public var oneLinePerUnitAnd: String {
        """
        Mỗi đơn vị và mỗi nghĩa vụ một dòng, theo thứ tự trong kế hoạch rồi theo thứ
        tự hành chính. Tình trạng: Chưa đến hạn (chưa báo cáo, chưa đến hạn), Đúng hạn
        (nhận đúng hoặc trước hạn), Trễ hạn (nhận sau hạn), Quá hạn (chưa nhận, trong
        30 ngày sau hạn), Không báo cáo (quá thời gian đó). Báo cáo ghi sau ngày
        --today thì không được tính.
        Ví dụ:
          outreach plan duties LCU-2022-TDKT-CD --today 2022-07-01
          outreach plan duties LCU-2022-TDKT-CD --unit LDLD-SINHO --json
        """
    }
    public var onlyThisUnitsDuties: String { "Chỉ các nghĩa vụ của đơn vị này." }
    public var thePlansAwardRuleUnits: String {
        "Điều kiện khen thưởng của kế hoạch: các đơn vị được xét khen thưởng, và lý do các đơn vị còn lại không được xét."
    }
    public var aUnitIsEligibleWhen: String {
        """
        Một đơn vị được xét khi đã làm mọi nghĩa vụ mà điều kiện yêu cầu (đăng ký thi
        đua, phát động thi đua) tính đến ngày --today. Theo văn bản (mặc định), làm
        muộn vẫn được tính; nếu tệp kế hoạch ghi on_time: true (đọc chặt) thì phải
        làm đúng hạn. Mỗi đơn vị được ghi căn cứ: nghĩa vụ nào, làm ngày nào hoặc
        chưa làm, theo cách đọc nào.
        Ví dụ:
          outreach plan eligible LCU-2022-TDKT-CD --today 2022-12-31
        """
    }
    public var markAPlansActivityDone: String {
        "Ghi một hoạt động của kế hoạch đã thực hiện vào một ngày, kèm tệp minh chứng (do đơn vị ban hành kế hoạch ghi)."
    }
    public var numberIsTheActivitysNumber: String {
        """
        SỐ là số thứ tự của hoạt động trong kế hoạch (cột TT). --file dẫn chiếu tệp
        minh chứng: chỉ lưu đường dẫn và mã SHA-256, không sao chép tệp. Ghi lần hai là
        sửa lần một; cả hai đều được giữ trong nhật ký.
        Ví dụ:
          outreach plan done LCU-2022-TDKT-CD 2 --on 2022-03-20 --file bien-ban.pdf \\
              --as LDLD-LCU
        """
    }
    public var theActivitysNumberTheTT: String { "Số thứ tự của hoạt động (cột TT)." }
    public var theDayItWasDone: String { "Ngày thực hiện (YYYY-MM-DD hoặc DD/MM/YYYY)." }
    public var theEvidenceFileItsPath: String {
        "Tệp minh chứng: chỉ ghi lại đường dẫn và mã SHA-256, không lưu tệp."
    }
    public var aPlansProgressPerQuarter: String {
        "Tiến độ thực hiện kế hoạch theo quý: số hoạt động đã làm, làm sau quý, chưa làm khi quý đã qua."
    }
    public var exampleOutreachPlanProgressLCU: String {
        "Ví dụ: outreach plan progress LCU-2022-TDKT-CD --today 2022-12-20"
    }
    public var aPlanAsIssuedTT: String {
        "Kế hoạch như khi ban hành: TT | Nội dung | Đơn vị thực hiện theo quý, các thời hạn và các nghĩa vụ."
    }
    public var exampleWritesExportsLCUTDKT: String {
        """
        Ví dụ (ghi tệp exports/LCU-2022-TDKT-CD/ke-hoach.xlsx):
          outreach export plan LCU-2022-TDKT-CD
        """
    }
    public func activitiesCountActivitiesDutiesCountDutiesBlocsCount(_ activitiesCount: Int, _ dutiesCount: Int, _ blocsCount: Int) -> String {
        "\(activitiesCount) hoạt động, \(dutiesCount) nhiệm vụ báo cáo, \(blocsCount) khối thi đua"
    }
    public func loadedPlanTemplateCodeCounts(_ templateCode: UnitCode, _ counts: String) -> String {
        "Đã nạp kế hoạch \(templateCode): \(counts)."
    }
    public func planTemplateCodeIsAlreadyLoaded(_ templateCode: UnitCode) -> String {
        "Kế hoạch \(templateCode) đã có, không thay đổi."
    }
    public var planInPlan: String { "Kế hoạch" }
    public var quarter: String { "Quý" }
    public var session: String { "đợt" }
    public var duties: String { "Nhiệm vụ báo cáo" }
    public func owingCountUnits(_ owingCount: Int) -> String {
        "\(owingCount) đơn vị"
    }
    public var bloc: String { "khối " }
    public func everyEvery(_ every: Recurrence) -> String {
        "định kỳ \(recurrenceName(every))"
    }
    public var dueInPlan: String { "hạn" }
    public var to: String { ", gửi " }
    public var awardRule: String { "Điều kiện khen thưởng" }
    public var blocInPlan: String { "Khối" }
    public func chairMembersCountMembers(_ chair: UnitCode, _ membersCount: Int) -> String {
        "khối trưởng \(chair), \(membersCount) thành viên"
    }
    public var period: String { "Kỳ" }
    public var sentTo: String { "Gửi đến:" }
    public func doneLinesCountReportedOnTimeOn(_ done: Int, _ linesCount: Int, _ onTime: Int, _ numeric: String) -> String {
        "\(done)/\(linesCount) đã báo cáo, \(onTime) đúng hạn (ngày xem: \(numeric))"
    }
    public var yesInPlan: String { "Được xét" }
    public var noInPlan: String { "Không xét" }
    public func countUnitsCountUnitsMayBe(_ count: Int, _ unitsCount: Int, _ required: String, _ label: LocalizedText) -> String {
        "\(count)/\(unitsCount) đơn vị được xét khen thưởng (điều kiện: \(required); \(label.vi))"
    }
    public func activityNumberQuarterOfDone(_ number: Int, _ of: String, _ numeric: String) -> String {
        "Hoạt động \(number) (quý \(of)) đã thực hiện ngày \(numeric)"
    }
    public func correctsTheMarkOfNumeric(_ numeric: String) -> String {
        " (sửa lần ghi ngày \(numeric))"
    }
    public func doneTotalActivitiesDoneAs(_ done: Int, _ total: Int, _ numeric: String) -> String {
        "\(done)/\(total) hoạt động đã thực hiện (ngày xem: \(numeric))"
    }
    public func wrotePathActivitiesCountActivities(_ path: String, _ activitiesCount: Int) -> String {
        "Đã ghi \(path) (\(activitiesCount) hoạt động)"
    }

    // MARK: - outreach/Commands/Rates.swift

    public var seeTheSpendingRates: String { "Xem các định mức chi có hiệu lực vào một ngày." }
    public var ratesAreDataTemplatesRates: String {
        """
        Định mức chi là dữ liệu: Templates/rates/national.yaml chứa các định mức của
        trung ương; tỉnh hoặc đơn vị bổ sung bảng riêng, thay thế các định mức đó từ
        một ngày nhất định (xem Templates/README.md, mục "Rates").
        Ví dụ:
          outreach rates list --on 2022-05-10
        """
    }
    public var listTheRatesInForce: String {
        "Liệt kê các định mức chi có hiệu lực vào một ngày, kèm mức chi, đơn vị tính, căn cứ pháp lý và tệp."
    }
    public var readsEveryYamlInDir: String {
        """
        Đọc mọi tệp *.yaml trong --dir (national.yaml trước); không cần cơ sở dữ liệu.
        "?" đánh dấu số liệu chưa được xác nhận từ nguồn nào, "!" đánh dấu số tạm cần
        thay; ghi chú về các số này được in dưới bảng.
        Ví dụ:
          outreach rates list --on 2022-05-10
        """
    }
    public var theDayDDMMYYYY: String {
        "Ngày cần xem, DD/MM/YYYY hoặc YYYY-MM-DD (mặc định: --today, nếu không có thì ngày hôm nay theo giờ Việt Nam)."
    }
    public var theFolderOfRateTablesDefault: String {
        "Thư mục các bảng định mức (mặc định: Templates/rates trong thư mục hiện tại, nếu không có thì của dự án chứa chương trình)."
    }
    public var onlyWhatAppliesInThis: String {
        "Chỉ các định mức áp dụng cho vùng này (ví dụ bien-dao cho công tác trên biển, đảo)."
    }
    public func regionMustBeALowercase(_ region: String) -> String {
        "--region phải là mã chữ thường như bien-dao, không phải “\(region)”"
    }
    public func ratesInForceOnNumeric(_ numeric: String, _ dir: String) -> String {
        "Định mức áp dụng ngày \(numeric) (\(dir)):"
    }
    public var regionInRates: String { "Vùng" }

    // MARK: - outreach/Commands/Serve.swift

    public var serveTheWebPagesAnd: String {
        "Chạy máy chủ web: các trang và API JSON cho các đơn vị (chạy chương trình outreach-server)."
    }
    public var whileItServesTheServer: String {
        """
        Trong khi chạy, máy chủ là nơi ghi vào cơ sở dữ liệu; các lệnh outreach
        trên cùng máy vẫn làm việc trên cùng tệp. Phiên trình duyệt giữ trong bộ nhớ:
        chạy lại máy chủ thì mọi trình duyệt phải đăng nhập lại, mã truy cập vẫn dùng
        được.
        Mã thoát: 2 sai cách dùng lệnh, 5 không mở được cơ sở dữ liệu, cổng, chứng
        chỉ hoặc khóa TLS.
        Ví dụ:
          outreach serve --db outreach.sqlite --port 8080
          outreach serve --db outreach.sqlite --host 0.0.0.0 --port 8443 \\
            --tls-cert cert.pem --tls-key key.pem
          outreach serve --db outreach.sqlite --behind-proxy
        """
    }
    public var databaseFileDefaultOUTREACHDB: String {
        "Tệp cơ sở dữ liệu (mặc định: $OUTREACH_DB, nếu không có thì ./outreach.sqlite)."
    }
    public var addressToListenOn: String { "Địa chỉ lắng nghe." }
    public var portToListenOn: String { "Cổng lắng nghe (1–65535)." }
    public var tlsCertificateChainPEMNeeds: String { "Chuỗi chứng chỉ TLS (tệp PEM); cần kèm --tls-key." }
    public var tlsPrivateKeyPEMNeeds: String { "Khóa riêng TLS (tệp PEM); cần kèm --tls-cert." }
    public var behindAReverseProxyThat: String {
        "Chạy sau một reverse proxy lo phần TLS: địa chỉ người dùng lấy từ X-Forwarded-For, cookie Secure."
    }
    public var theDateRulesAreJudged: String {
        "Ngày dùng để xét các quy định, YYYY-MM-DD (mặc định: $OUTREACH_TODAY, nếu không có thì hôm nay theo giờ Việt Nam)."
    }
    public var largestRequestBodyInKiB: String { "Kích thước lớn nhất của một yêu cầu, KiB (1–10240)." }
    public var largestUploadedNominationFormOr: String {
        "Kích thước lớn nhất của phiếu đăng ký hoặc danh sách tải lên, KiB (1–102400)."
    }
    public var theExportsFolderWorkbooksMade: String {
        "Thư mục xuất: các bảng tính tạo để tải về nằm trong đó, và chỉ tải về từ đó."
    }
    public var theTemplatesFolderRateTables: String {
        "Thư mục Templates (bảng định mức chi trong rates/) cho dự toán và danh sách chi (mặc định: Templates trong thư mục hiện tại, nếu không có thì của dự án)."
    }
    public var languageOfMessagesViOr: String {
        "Ngôn ngữ của thông báo (mặc định: $OUTREACH_LANG, không có thì vi)."
    }
    public var tlsCertAndTlsKey: String { "--tls-cert và --tls-key phải đi cùng nhau" }
    public func todayMustBeADate(_ day: String) -> String {
        "--today phải là một ngày viết YYYY-MM-DD, không phải “\(day)”"
    }
    public func portMustBeNotPort(_ port: Int) -> String {
        "--port phải từ 1 đến 65535, không phải \(port)"
    }
    public var maxBodyKibMustBe: String { "--max-body-kib phải từ 1 đến 10240" }
    public var maxUploadKibMustBe: String { "--max-upload-kib phải từ 1 đến 102400" }
    public var errorOutreachServerNotFound: String {
        "lỗi: không tìm thấy chương trình outreach-server cạnh outreach; hãy chạy swift build"
    }
    public func errorCannotRunServerValue(_ server: String, _ value: String) -> String {
        "lỗi: không chạy được \(server): \(value)"
    }

    // MARK: - outreach/Commands/Session.swift

    public var createSessionsFromTemplatesList: String {
        "Tạo đợt tập huấn từ tệp mẫu, xem các đợt, xem hoặc sửa định mức."
    }
    public var createASessionFromA: String {
        "Tạo đợt tập huấn từ tệp mẫu (YAML); định mức được chốt cho từng đơn vị được mời."
    }
    public var importTheUnitsFirstOutreach: String {
        """
        Nhập danh sách đơn vị trước (outreach units import …). Cấu trúc tệp xem trong
        Templates/README.md.
        Ví dụ:
          outreach session create \\
            --template Templates/sessions/lao-cai-2022-tdkt.yaml
        """
    }
    public var theSessionTemplateFile: String { "Tệp mẫu của đợt tập huấn." }
    public var listSessionsNewestFirst: String { "Danh sách các đợt tập huấn, đợt mới nhất trước." }
    public var showASessionsFacts: String { "Xem thông tin của một đợt tập huấn." }
    public var exampleOutreachSessionShowLCI: String { "Ví dụ: outreach session show LCI-2022-TDKT" }
    public var showEachOfficesQuotaRequired: String {
        "Xem định mức của từng đơn vị (phải cử, đã đăng ký, đã xác nhận, còn thiếu theo vai trò), hoặc sửa một định mức."
    }
    public var showOutreachSessionQuotaLCI: String {
        """
        Xem:
          outreach session quota LCI-2022-TDKT [--unit PGD-BATXAT] [--json]
        Sửa (do đơn vị tổ chức quyết định, được sửa cả sau hạn đăng ký):
          outreach session quota LCI-2022-TDKT \\
            --unit PGD-BATXAT --role lanh-dao --count 2
        Giảm số lượng xuống dưới số người đã đăng ký thì bị từ chối, trừ khi có
        --force; khi đó lệnh nêu tên những người vượt quá định mức.
        """
    }
    public var onlyThisOfficeRequiredTo: String { "Chỉ đơn vị này (bắt buộc khi sửa số lượng)." }
    public var theRoleWhoseSlotTo: String { "Vai trò có chỗ cần sửa: mã hoặc tên vai trò, ví dụ \"Giáo viên\"." }
    public var theNewNumberOfPlaces: String { "Số chỗ mới cho vai trò đó." }
    public var lowerTheCountEvenBelow: String { "Vẫn giảm số lượng dù thấp hơn số người đã đăng ký." }
    public var countNeedsUnitAndRole: String { "--count cần --unit và --role" }
    public var roleAndForceOnlyMake: String { "--role và --force chỉ dùng cùng --count" }
    public var changingAQuotaIsThe: String {
        "sửa định mức là việc của đơn vị tổ chức, trên máy của mình, không qua --server"
    }
    public func createdSessionCodeQuotasCountOffices(_ sessionCode: SessionCode, _ quotasCount: Int, _ total: Int) -> String {
        "Đã tạo đợt \(sessionCode): \(quotasCount) đơn vị được triệu tập, tổng \(total) đại biểu."
    }
    public var organiserInSession: String { "Đơn vị tổ chức" }
    public var when: String { "Thời gian" }
    public var partsInSession: String { "Các buổi" }
    public var nominationDeadline: String { "Hạn đăng ký" }
    public var roles: String { "Vai trò" }
    public var content: String { "Nội dung" }
    public var beyondTheQuota: String { "vượt định mức: " }
    public func overOver(_ over: Int) -> String {
        "vượt \(over)"
    }
    public func andCountMore(_ count: Int) -> String {
        " và \(count) đơn vị khác"
    }
    public var officesShortInSession: String { "Đơn vị còn thiếu: " }

    // MARK: - outreach/Commands/Units.swift

    public var importAndLookAtUnits: String { "Nhập và xem các đơn vị (phòng, trường, đơn vị trực thuộc)." }
    public var importAUnitsFileYAML: String {
        "Nhập tệp danh sách đơn vị (YAML); mọi thứ được kiểm tra trước khi ghi."
    }
    public var unitsAlreadyPresentAreUpdated: String {
        """
        Đơn vị đã có thì được cập nhật; thứ tự trong tệp là thứ tự dùng trong các danh
        sách.
        Ví dụ:
          outreach units import Templates/units/lao-cai-2022.yaml
        """
    }
    public var theUnitsFileEG: String { "Tệp danh sách đơn vị, ví dụ Templates/units/lao-cai-2022.yaml." }
    public var listUnitsOptionallyOfOne: String {
        "Danh sách đơn vị, có thể lọc theo loại hoặc theo đơn vị cấp trên."
    }
    public var exampleOutreachUnitsListKind: String { "Ví dụ: outreach units list --kind phong-gddt" }
    public var onlyUnitsOfThisKind: String {
        "Chỉ các đơn vị thuộc loại này (so, phong-gddt, truc-thuoc-so, tt-gdnn-gdtx, truong…)."
    }
    public var onlyUnitsDirectlyUnderThis: String { "Chỉ các đơn vị trực thuộc đơn vị này." }
    public func noUnitIsOfThis(_ kinds: String) -> String {
        "không có đơn vị loại này; các loại: \(kinds)"
    }
    public var showOneUnitWithIts: String { "Xem một đơn vị, các đơn vị cấp trên và các đơn vị trực thuộc." }
    public var exampleOutreachUnitsShowPGD: String { "Ví dụ: outreach units show PGD-BATXAT" }
    public var theUnitCode: String { "Mã đơn vị." }
    public func importedUnitsCountUnitsFromFile(_ unitsCount: Int, _ file: String, _ inserted: Int, _ updated: Int, _ unchanged: Int) -> String {
        "Đã nạp \(unitsCount) đơn vị từ \(file): thêm \(inserted), cập nhật \(updated), không đổi \(unchanged)."
    }
    public var kind: String { "Loại" }
    public var under: String { "Trực thuộc" }
    public var address: String { "Địa chỉ" }
    public var valid: String { "Hiệu lực" }
    public var unitsUnderIt: String { "Đơn vị trực thuộc" }

    // MARK: - outreach/DateOption.swift

    public func optionMustBeAReal(_ option: String, _ raw: String) -> String {
        "\(option) phải là một ngày có thật, viết DD/MM/YYYY hoặc YYYY-MM-DD, không phải “\(raw)”"
    }

    // MARK: - outreach/GlobalOptions.swift

    public var theUnitActingRecordedIn: String {
        "Mã đơn vị thực hiện thao tác, được ghi vào nhật ký (mặc định: $OUTREACH_AS)."
    }
    public var printMachineReadableJSONInstead: String { "In kết quả dạng JSON (cho máy đọc) thay cho bảng." }
    public var languageOfMessagesAndHelp: String {
        "Ngôn ngữ của thông báo và hướng dẫn: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: $OUTREACH_LANG, nếu không có thì vi."
    }
    public var theDateRulesAreJudgedOn: String {
        "Ngày dùng để xét các quy định (hạn đăng ký…), viết DD/MM/YYYY hoặc YYYY-MM-DD (mặc định: $OUTREACH_TODAY, nếu không có thì ngày hôm nay theo giờ Việt Nam)."
    }
    public func outreachlangMustBeVi(_ lang: String) -> String {
        "OUTREACH_LANG phải là vi hoặc en, không phải “\(lang)”"
    }
    public func asMustBeAUnit(_ actor: String) -> String {
        "--as phải là mã đơn vị như PGD-BATXAT, không phải “\(actor)”"
    }

    // MARK: - outreach/UsageMessage.swift

    public var parserMissingArgument: String {
        "lỗi: thiếu tham số bắt buộc "
    }
    public var parserMissingValue: String { "lỗi: thiếu giá trị cho " }
    public var parserUnexpectedArgument: String { "lỗi: không hiểu tham số " }
    public var parserUnknownOption: String { "lỗi: không có tùy chọn " }
    public var parserUnknownSubcommand: String { "lỗi: không có lệnh " }
    public var parserError: String { "lỗi: " }
    public var parserHelp: String { "Tham số: " }
    public var parserUsage: String { "Cách dùng: " }
    public func parserUnexpectedArguments(_ count: String, _ listed: String) -> String {
        "lỗi: thừa \(count) tham số không hiểu: \(listed)"
    }
    public func parserInvalidValue(_ value: String, _ option: String, _ valid: String?) -> String {
        let listed = valid.map { $0 == "the following:" ? ". Giá trị hợp lệ:" : ". Giá trị hợp lệ: " + $0.replacingOccurrences(of: "' and '", with: "' và '").replacingOccurrences(of: "' or '", with: "' hoặc '") } ?? ""
        return "lỗi: giá trị \(value) không hợp lệ cho \(option)\(listed)"
    }
    public func parserSeeMore(_ indent: String, _ command: String) -> String {
        "\(indent)Xem thêm: \(command)"
    }

    // MARK: - outreach/Help.swift

    public var theSessionCodeInHelp: String { "Mã đợt tập huấn, ví dụ LCI-2022-TDKT." }
    public var helpOverview: String { "TỔNG QUAN: " }
    public var helpUsage: String { "CÁCH DÙNG: " }
    public var helpArguments: String { "THAM SỐ:" }
    public var helpOptions: String { "TÙY CHỌN:" }
    public var helpSubcommands: String { "LỆNH:" }
    public func helpSeeSubcommand(_ indent: String, _ command: String) -> String {
        "\(indent)Xem hướng dẫn từng lệnh: \(command) <lệnh>"
    }
    public var helpShowHelp: String { "Xem hướng dẫn này." }
    public var helpShowSubcommandHelp: String { "Xem hướng dẫn của một lệnh." }
    public var helpShowVersion: String { "Xem số phiên bản." }
    public var helpValues: String { "(giá trị:" }
    public var helpDefaultAfterSemicolon: String { "; mặc định:" }
    public var helpDefault: String { "(mặc định:" }
    public var theNomineeNumberPhoneOrPart: String {
        "Đại biểu: số thứ tự (#12), số điện thoại hoặc một phần họ tên."
    }

    // MARK: - outreach/NomineeMatch.swift

    public func trimmedIsIdNameSender(_ trimmed: String, _ id: Int64, _ name: String, _ sender: String) -> String {
        "“\(trimmed)” là #\(id) \(name) (\(sender))\n"
    }

    // MARK: - outreach/OutputPath.swift

    public func theFileNameMustEnd(_ fileExtension: String) -> String {
        "tên tệp phải có đuôi .\(fileExtension)"
    }
    public var thisFolderDoesNotExist: String { "thư mục này chưa có (tạo trước, hoặc kiểm tra lại đường dẫn -o)" }

    // MARK: - outreach/Outreach.swift

    public var planTrainingAndOutreachSessions: String {
        "Tổ chức các đợt tập huấn, tuyên truyền: từ định mức cử người đến danh sách ký tên."
    }
    public var startWithTheDemoOutreach: String {
        """
        Bắt đầu với dữ liệu mẫu (`outreach demo`), hoặc tự tạo cơ sở dữ liệu:
          outreach init --db tinh.sqlite
          outreach units import Templates/units/lao-cai-2022.yaml --db tinh.sqlite
          outreach session create --db tinh.sqlite \\
            --template Templates/sessions/lao-cai-2022-tdkt.yaml
        Mọi lệnh đều nhận --db (mặc định $OUTREACH_DB, nếu không có thì
        ./outreach.sqlite), --as ĐƠN-VỊ, --json, --lang vi|en và --today YYYY-MM-DD.
        Mã thoát: 0 xong, 1 dữ liệu không hợp lệ, 2 sai cách dùng lệnh, 3 không tìm
        thấy, 4 xung đột (đủ định mức, quá hạn, trùng), 5 lỗi cơ sở dữ liệu hoặc tệp,
        6 đơn vị ghi ở --as không có quyền.
        Trên máy của một đơn vị, với mã truy cập do đơn vị tổ chức cấp:
          outreach --server https://… --token MÃ session quota LCI-2022-TDKT
          outreach --server https://… --token MÃ nominee confirm LCI-2022-TDKT 12
        """
    }

    // MARK: - outreach/RemoteServer.swift

    public func serverMustBeAnHttp(_ server: String) -> String {
        "--server phải là địa chỉ http(s)://…, không phải “\(server)”"
    }
    public var serverNeedsTokenTheAccess: String {
        "--server cần --token (mã truy cập do đơn vị tổ chức cấp: outreach access grant)"
    }
    public func invalidPath(_ path: String) -> String {
        "đường dẫn không hợp lệ: \(path)"
    }
    public var theConnectionWasRefusedNot: String { "máy chủ từ chối kết nối (chưa chạy, hoặc sai cổng)" }
    public var itDidNotAnswerIn: String { "hết thời gian chờ trả lời" }
    public var theHostNameWasNot: String { "không tìm thấy tên máy chủ" }
    public var thisMachineIsNotConnected: String { "máy này chưa nối mạng" }
    public var theConnectionWasLost: String { "mất kết nối giữa chừng" }
    public var theTLSConnectionFailedThe: String { "kết nối TLS không an toàn (chứng chỉ không hợp lệ)" }
    public var cannotWriteTheRequest: String { "không ghi được yêu cầu" }
    public func theServerAnsweredStatus(_ status: Int) -> String {
        "máy chủ trả lời mã \(status)"
    }
    public var noAnswer: String { "không có trả lời" }
    public func cannotReachTheServerAbsoluteString(_ absoluteString: String, _ reason: LocalizedText) -> String {
        "không kết nối được máy chủ \(absoluteString): \(reason.vi)"
    }

    // MARK: - outreach/Runner.swift

    public func thisCommandDoesNotRun(_ remoteCommands: String) -> String {
        "lệnh này chưa chạy được qua máy chủ (--server); qua máy chủ chạy được: \(remoteCommands)"
    }
    public var throughAServerTheUnit: String {
        "qua máy chủ, đơn vị thực hiện là đơn vị của mã truy cập (--token): bỏ --as"
    }
    public var throughAServerTheRules: String {
        "qua máy chủ, các quy định được xét theo ngày của máy chủ: bỏ --today"
    }
    public var isNotARoleCode: String { "không phải mã vai trò (chữ thường, gạch ngang)" }
    public var allowAChangeAfterThe: String {
        "Cho phép thay đổi sau hạn đăng ký (phải ghi --reason; lý do được lưu vào nhật ký)."
    }
    public var whyTheChangeIsMade: String { "Lý do thay đổi (bắt buộc khi dùng --late)." }
    public var seeOutreachUnitsList: String { " (xem: outreach units list)" }
    public var seeOutreachSessionList: String { " (xem: outreach session list)" }
    public func seeOutreachNomineeListSession(_ session: String) -> String {
        " (xem: outreach nominee list \(session))"
    }
    public var seeTheListOutreachPlan: String { "; xem danh sách: outreach plan list" }
    public var seeOutreachBlocList: String { "; xem: outreach bloc list" }
    public var useLateReasonIfAllowed: String { "; dùng --late --reason \"…\" nếu được phép" }
    public var lateNeedsReasonWhy: String { "--late cần kèm --reason \"lý do\"" }
    public var useForceWhichLeaves: String { "; dùng --force để giảm, khi đó" }
    public var chooseAnotherNameOrAdd: String { "; chọn tên khác hoặc thêm --force" }
    public var fixTheRowsAboveAndImport: String {
        "; sửa các dòng nêu trên rồi nhập lại, hoặc thêm --partial để chỉ nhập các dòng đúng"
    }
    public func addOneWithOutreachNominee(_ session: String) -> String {
        " (thêm bằng: outreach nominee add \(session) … --reserve)"
    }
    public func recordSomeoneWhoCameUnnominatedWith(_ session: String) -> String {
        "; người đến dự mà chưa được cử ghi bằng: outreach attendance walk-in \(session) …"
    }
    public func pointAtAnExistingOneWith(_ path: String) -> String {
        "; chỉ đến cơ sở dữ liệu đã có bằng --db ĐƯỜNG-DẪN hoặc biến OUTREACH_DB, hoặc tạo mới bằng: outreach init --db \(path)"
    }
    public var buildingTheDemoAgainWouldLose: String {
        "; tạo lại demo sẽ xóa hết; thêm --force để vẫn tạo lại, hoặc chọn --db khác"
    }
    public var chooseAnotherDb: String { "; chọn --db khác" }

    // MARK: - outreach/Suggest.swift

    public func didYouMeanFull(_ full: String) -> String {
        "Có phải: \(full)?"
    }
    public func unitHasReportedItsFollow(_ unit: UnitCode, _ numeric: String, _ numeric2: String) -> String {
        "\(unit) đã báo cáo tuyên truyền lại (tổ chức ngày \(numeric), báo cáo ngày \(numeric2)); đợt mới không thay báo cáo đó: sửa bằng outreach cascade report … nếu cần"
    }
    public func withdrawnButMarkedPresent(_ id: Int64, _ name: String, _ parts: LocalizedText) -> String {
        "#\(id) \(name) đã được điểm danh có mặt (\(parts.vi)): điểm danh vẫn giữ và là căn cứ chi tiền; nếu điểm danh sai, sửa bằng outreach attendance mark"
    }
    public var seeOutreachRatesList: String { " (xem: outreach rates list)" }

    // MARK: - Table headings (the command line's tables) and the audit log's names

    public var auditEntityNames: [String: String] {
        ["access": "quyền truy cập", "attendance": "điểm danh", "bloc": "khối thi đua", "bloc-score": "chấm điểm khối",
        "budgetActual": "thực chi", "budgetOfficeActual": "thực chi của đơn vị", "duty": "nhiệm vụ báo cáo",
        "duty-report": "báo cáo nhiệm vụ", "nomination": "đại biểu", "person": "người", "plan": "kế hoạch",
        "plan-duties": "nhiệm vụ của kế hoạch", "quota": "định mức", "session": "đợt", "unit": "đơn vị",
        "units": "danh sách đơn vị", "walk-in": "người đến không đăng ký trước",
        ]
    }
    public var auditFieldNames: [String: String] {
        ["status": "trạng thái", "unit": "đơn vị", "note": "ghi chú", "amount": "số tiền", "accepted": "đã chấp nhận",
        "title": "tên", "replacedBy": "được thay bằng", "person": "người", "parent": "đơn vị cấp trên", "name": "tên",
        "units": "đơn vị", "state": "tình trạng", "staff": "số người", "sender": "đơn vị cử", "role": "vai trò",
        "replaces": "thay cho", "position": "chức vụ", "points": "điểm", "plan": "kế hoạch", "people": "số người",
        "on": "ngày", "offices": "số đơn vị", "held": "ngày tổ chức", "fullName": "họ và tên", "file": "tệp",
        "duty": "nhiệm vụ", "duties": "nhiệm vụ", "distanceKm": "khoảng cách (km)", "criterion": "tiêu chí",
        "count": "số lượng", "by": "người ghi", "source": "nguồn", "session": "đợt", "organiser": "đơn vị tổ chức",
        "members": "thành viên", "kind": "loại", "inserted": "thêm mới", "updated": "cập nhật", "gender": "giới tính",
        "expires": "hết hạn", "due": "hạn", "deputy": "khối phó", "chair": "khối trưởng", "blocs": "khối",
        "birthYear": "năm sinh", "audienceUnits": "số đơn vị phải tuyên truyền", "audiencePeople": "số người phải tuyên truyền",
        "phone": "điện thoại", "email": "email", "added": "thêm", "removed": "bỏ",
        ]
    }
    public func auditAttendanceSubject(_ name: String, _ number: String, _ part: String) -> String {
        "\(name) #\(number), buổi \(part)"
    }
    public var accessNoUnitStateHeadings: [String] { ["Số", "Đơn vị", "Trạng thái", "Hết hạn", "Đăng nhập gần nhất"] }
    public var attendanceQuotaConfirmedHeadings: [String] {
        ["",
         "Định mức",
         "Xác nhận",
         "Có mặt",
         "Muộn",
         "Có phép",
         "Vắng",
         "Chưa điểm danh",
         "% định mức",
         "% xác nhận"]
    }
    public var auditTimeDayUnitHeadings: [String] {
        ["Lúc",
         "Ngày",
         "Đơn vị",
         "Lệnh",
         "Đối tượng",
         "Thay đổi",
         "Lý do"]
    }
    public var blocCodeNameChairHeadings: [String] { ["Mã", "Tên", "Khối trưởng", "Khối phó", "Thành viên"] }
    public var budgetSendingOfficePeopleDistanceHeadings: [String] {
        ["Đơn vị cử người",
         "Số người",
         "Khoảng cách",
         "Lưu trú",
         "Phụ cấp",
         "Thành tiền"]
    }
    public var budgetSendingOfficeEstimateActualHeadings: [String] {
        ["Đơn vị cử người",
         "Dự toán",
         "Thực chi",
         "Chênh lệch",
         "Người đến"]
    }
    public var budgetCodeItemPaidByHeadings: [String] {
        ["Mã",
         "Nội dung",
         "Người chi",
         "Đơn vị tính",
         "Số lượng",
         "Đơn giá",
         "Thành tiền"]
    }
    public var budgetActualDifferenceHeadings: [String] { ["Thực chi", "Chênh lệch"] }
    public var cascadeStatusLevelOwedReportedHeadings: [String] {
        ["Cấp",
         "Phải báo cáo",
         "Đã báo cáo",
         "Hoàn thành",
         "Đúng hạn",
         "Trễ",
         "Chưa đến hạn",
         "Quá hạn",
         "Không báo cáo",
         "Đơn vị đạt",
         "Người đạt"]
    }
    public var cascadeStatusOfficeDueHeadings: [String] {
        ["#",
         "Đơn vị",
         "Hạn",
         "Tình trạng",
         "Ngày tổ chức",
         "Đơn vị đạt",
         "Người đạt",
         "Báo cáo (cả cấp dưới)",
         "Hoàn thành"]
    }
    public var nomineeNoFullNamePositionHeadings: [String] {
        ["Số",
         "Họ và tên",
         "Chức vụ",
         "Nơi công tác",
         "Đơn vị cử",
         "Vai trò",
         "Điện thoại",
         "Trạng thái"]
    }
    public var planCodeYearTitleHeadings: [String] { ["Mã", "Năm", "Tên", "Hoạt động", "Nhiệm vụ"] }
    public var planNoDutyUnitHeadings: [String] {
        ["Số",
         "Nhiệm vụ",
         "Đơn vị",
         "Hạn",
         "Ngày nhận",
         "Tình trạng",
         "Tệp"]
    }
    public var planUnitNameEligibleHeadings: [String] { ["Đơn vị", "Tên", "Xét khen thưởng", "Căn cứ"] }
    public var planQuarterActivitiesDoneHeadings: [String] {
        ["Quý",
         "Hoạt động",
         "Đã làm",
         "Làm sau quý",
         "Chưa làm (quý đã qua)",
         "Chưa làm: số"]
    }
    public var ratesCodeNameAmountNgHeadings: [String] {
        ["Mã",
         "Tên",
         "Mức (đồng)",
         "Đơn vị tính",
         "Căn cứ",
         "Tệp",
         ""]
    }
    public var sessionCodeDateOrganiserHeadings: [String] { ["Mã", "Ngày", "Đơn vị tổ chức", "Tên", "Trạng thái"] }
    public var sessionOfficeRoleRequiredHeadings: [String] {
        ["Đơn vị",
         "Vai trò",
         "Định mức",
         "Đã cử",
         "Đã xác nhận",
         "Còn thiếu"]
    }
    public var unitsCodeNameKindHeadings: [String] { ["Mã", "Tên", "Loại", "Cấp trên"] }
}
