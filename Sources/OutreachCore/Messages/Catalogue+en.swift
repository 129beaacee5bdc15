/// The English catalogue: the words of every message in English (`--lang en`, a page asked for in English).
/// One entry per message of `Catalogue`, in the same order.
public struct English: Catalogue {
    public init() {}

    /// A count and its noun: "1 unit", "2 units" (Vietnamese nouns do not change with the count).
    private func counted(_ count: some BinaryInteger, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    // MARK: - OutreachCore/Attendance/AttendanceStatus.swift

    public var present: String { "Present" }
    public var late: String { "Late" }
    public var excused: String { "Excused" }
    public var absent: String { "Absent" }
    public var attendanceGrandTotal: String { "Total" }

    // MARK: - OutreachCore/Attendance/SessionPart.swift

    public func morningDay(_ day: String) -> String {
        "Morning \(day)"
    }
    public func afternoonDay(_ day: String) -> String {
        "Afternoon \(day)"
    }
    public func dayDay(_ day: String) -> String {
        "Day \(day)"
    }

    // MARK: - OutreachCore/Budget/BudgetEstimate.swift

    public var theSessionsTemplateHasNo: String {
        "the session's template has no budget section (see Templates/README.md, “Budget”)"
    }
    public var ownPriceBasis: String { "Unit price set by the organiser" }
    public var attendanceCountBasis: String { "By the people who actually attended (attendance)" }
    public func noRateCodeIsIn(_ code: Slug, _ numeric: String) -> String {
        "no rate “\(code)” is in force on \(numeric) in the list of rates"
    }
    public func theAmountExceedsGrouped(_ grouped: String) -> String {
        "the amount exceeds \(grouped) đồng"
    }
    public var confirmedNomineesNominationsClosed: String { "confirmed nominees, nominations closed" }
    public var theQuotaNominationsStillOpen: String { "the quota, nominations still open" }

    // MARK: - OutreachCore/Budget/BudgetLine.swift

    public var organiser: String { "organiser" }
    public var sendingUnit: String { "sending unit" }
    public func eligibleFromKm(_ km: Int) -> String {
        "\(km) km or more from the provincial centre"
    }
    public func eligibleInDistricts(_ districts: String) -> String {
        "in \(districts)"
    }
    public var eligibleOr: String { " or " }

    // MARK: - OutreachCore/Budget/BudgetStatement.swift

    public var settlementInProgressALine: String {
        "Settlement in progress: a line with no actual yet counts as 0 đồng spent so far; Difference = Actual − Estimate."
    }

    // MARK: - OutreachCore/Budget/UncertainRates.swift

    public func ratesStillToBeChecked(_ listed: LocalizedText) -> String {
        "Rates still to be checked before signing: \(listed.en)"
    }
    public func uncertainRate(_ line: String, _ grouped: String, _ mark: String, _ meaning: String) -> String {
        "\(line) \(grouped) đồng (\(mark) \(meaning))"
    }

    // MARK: - OutreachCore/Cascade/Duty.swift

    public var followUp: String { "Follow-up" }
    public var registration: String { "Registration" }
    public var launch: String { "Launch" }
    public var periodicReport: String { "Periodic report" }
    public var compactSigned: String { "Compact signed" }
    public var otherDuty: String { "Other duty" }
    public var due: String { "Due" }
    public var doneOnTime: String { "Done on time" }
    public var doneLate: String { "Done late" }
    public var overdue: String { "Overdue" }
    public var missing: String { "Missing" }

    // MARK: - OutreachCore/Demo/DemoPeople.swift

    public var needsNonEmptyNames: String { "needs non-empty names" }
    public var needsThreeDigitPrefixesSuch: String { "needs three-digit prefixes such as \"091\"" }

    // MARK: - OutreachCore/Import/AttendanceRowChecker.swift

    public var noStatusOrSignatureColumn: String { "no Trạng thái (status) or Ký tên (signature) column" }
    public var nobodySignedForThisPart: String {
        "nobody signed for this part: the whole sheet is skipped (not typed in yet)"
    }
    public var theNameOrThePhone: String { "the name or the phone is missing" }
    public var writePresentLateExcusedOr: String { "write present, late, excused or absent" }
    public func isNotAPartOf(_ parts: LocalizedText) -> String {
        "is not a part of this session; parts: \(parts.en)"
    }

    // MARK: - OutreachCore/Import/ImportTable.swift

    public func rowRow(_ row: Int) -> String {
        "row \(row)"
    }
    public func columnColumn(_ column: String) -> String {
        "column \(column)"
    }
    public var unnamedSheet: String { "unnamed sheet" }
    public func sheetNamed(_ name: String) -> String {
        "sheet \(name)"
    }

    // MARK: - OutreachCore/Import/NomineeRowChecker.swift

    public func thePlaceOfNomineeId(_ id: Int64) -> String {
        "the place of nominee #\(id) is left blank: not withdrawn; withdraw them on their own to do so"
    }
    public var theFullNameIsMissing: String { "the full name is missing" }
    public var isNotAnEmailAddress: String { "is not an email address (name@unit.gov.vn)" }
    public var theSendingOfficeIsUnknown: String {
        "the sending office is unknown: fill the workplace, or say which office sends the list"
    }
    public var theSendingOfficeIsUnknownFill: String {
        "the sending office is unknown: fill the workplace or name the sending office"
    }
    public func theRoleIsMissingWrite(_ names: String) -> String {
        "the role is missing; write one of: \(names)"
    }
    public func isNotARoleOf(_ names: String) -> String {
        "is not a role of this session; write one of: \(names)"
    }
    public func thisPlaceOnlyTakesNames(_ names: String) -> String {
        "this place only takes: \(names)"
    }
    public var writeNamMaleOrFemale: String { "write Nam (male) or Nữ (female)" }
    public var cannotReadTheBirthYear: String {
        "cannot read the birth year; write 4 digits (1985) or a date dd/mm/yyyy"
    }
    public func theBirthYearMustBe(_ last: Int) -> String {
        "the birth year must be 1940 to \(last)"
    }
    public var isADateNotA: String { "is a date, not a phone number" }
    public func theNumberCellLostThe(_ fixed: String) -> String {
        "the number cell lost the leading 0; read as \(fixed), check it"
    }
    public func reasonWithLeadingZeroFix(_ reason: LocalizedText, _ digits: String) -> String {
        "\(reason.en) (make it 0\(digits))"
    }
    public var noSuchUnitWriteIts: String { "no such unit; write its code or its name as the list of units has it" }
    public func matchesSeveralUnitsUniqueWrite(_ unique: String) -> String {
        "matches several units (\(unique)); write the unit code"
    }
    public func theSamePersonAsRow(_ sheet: LocalizedText?, _ row: Int, _ samePhone: Bool) -> String {
        "the same person as \(sheet.map { $0.en + ", " } ?? "")row \(row) (same name and \(samePhone ? "phone" : "birth year")); delete one row"
    }

    // MARK: - OutreachCore/Import/SignatureBlock.swift

    public var isUnderTheSignatureBlock: String {
        "is under the signature block that ends the list: read as a signer's name, not imported (move it into the table if it is a nominee)"
    }

    // MARK: - OutreachCore/Model/Codes.swift

    public func textIsNotACode(_ text: String, _ shape: String) -> String {
        "“\(text)” is not a code (\(shape))"
    }

    // MARK: - OutreachCore/Model/Nomination.swift

    public var proposed: String { "Proposed" }
    public var confirmed: String { "Confirmed" }
    public var withdrawn: String { "Withdrawn" }
    public var replaced: String { "Replaced" }
    public var reserve: String { "Reserve" }

    // MARK: - OutreachCore/Model/Quota.swift

    public var staffOfTheOfficeItself: String { "staff of the office itself" }
    public var staffOfASubordinateUnit: String { "staff of a subordinate unit" }

    // MARK: - OutreachCore/Model/Rate.swift

    public func fromFrom(_ from: String) -> String {
        "from \(from)"
    }
    public var personDay: String { "person/day" }
    public var delegateDay: String { "delegate/day" }
    public var halfDay: String { "half-day" }
    public var person: String { "person" }
    public var day: String { "day" }
    public var checkedAgainstTheText: String { "checked against the text" }
    public var notConfirmedInAnySource: String { "not confirmed in any source" }
    public var placeholderConfirmBeforeUse: String { "placeholder, confirm before use" }

    // MARK: - OutreachCore/Model/Session.swift

    public func duration(_ hours: Int, _ minutes: Int) -> String {
        switch (hours, minutes) {
        case (0, _): "\(minutes) min"
        case (_, 0): "\(hours) h"
        default: "\(hours) h \(minutes) min"
        }
    }
    public func planReference(_ type: String?, _ number: String?, _ fallback: String) -> String {
        "\(type ?? "Plan") \(number.map { "no. \($0)" } ?? fallback)"
    }
    public func sessionWhen(_ time: String?, _ starts: String, _ ends: String?) -> String {
        let at = time.map { "\($0) " } ?? ""
        return ends.map { "\(at)from \(starts) to \($0)" } ?? "\(at)on \(starts)"
    }
    public var planned: String { "Planned" }
    public var openText: String { "Open" }
    public var held: String { "Held" }
    public var settled: String { "Settled" }

    // MARK: - OutreachCore/Plans/BlocRecords.swift

    public var signingTheEmulationCompact: String { "Signing the emulation compact" }
    public var quarterlyMeeting: String { "Quarterly meeting" }
    public var sixMonthMeeting: String { "Six-month meeting" }
    public var yearEndReview: String { "Year-end review" }

    // MARK: - OutreachCore/Plans/DutyPeriod.swift

    public func recurrenceName(_ every: Recurrence) -> String {
        every.rawValue
    }
    public func periodName(_ period: DutyPeriod) -> String {
        switch period.recurrence {
        case .year: "year \(period.year)"
        case .halfYear: period.index == 1 ? "first half of \(period.year)" : "second half of \(period.year)"
        case .quarter: "Q\(period.index) \(period.year)"
        case .month: "month \(period.index) of \(period.year)"
        }
    }
    public func keyPeriodCodeIsNot(_ key: String, _ periodCode: String, _ every: Recurrence) -> String {
        "\(key): period \(periodCode) is not a \(recurrenceName(every)) period"
    }
    public func theLastPeriodLastCodeIs(_ lastCode: String, _ firstCode: String) -> String {
        "the last period \(lastCode) is before the first \(firstCode)"
    }
    public func onlyThereIsNoPeriod(_ index: Int, _ perYear: Int) -> String {
        "only: there is no period \(index) (1–\(perYear))"
    }
    public func dueOnPeriodCodeIs(_ periodCode: String) -> String {
        "due_on: period \(periodCode) is not one of the duty's periods"
    }
    public func periodCodeHasNoDue(_ periodCode: String) -> String {
        "period \(periodCode) has no due date (give due_days_after_end or due_on)"
    }
    public func dueDateDueIsoOfPeriod(_ dueIso: String, _ periodCode: String) -> String {
        "due date \(dueIso) of period \(periodCode) is before the period begins"
    }
    public var tooManyPeriodsAtMost: String { "too many periods (at most 240)" }

    // MARK: - OutreachCore/Plans/PlanTracking.swift

    public func sameTotalAs(_ total: String, _ name: String, _ criteria: String) -> String {
        "same total \(total) as \(name)" + (criteria.isEmpty ? "" : " and criteria \(criteria)") + ": same rank"
    }
    public func blocStandingMemberChair(_ bloc: String, _ chair: String) -> String {
        "\(bloc) (standing member: \(chair))"
    }
    public func sameTotalAsName(_ total: Int, _ name: String, _ code: String, _ mine: Int, _ theirs: Int) -> String {
        "same total \(total) as \(name); ranked above on criterion \(code) \(mine) > \(theirs)"
    }
    public func sameTotalAsNameRanked(_ total: Int, _ name: String, _ code: String, _ mine: Int, _ theirs: Int) -> String {
        "same total \(total) as \(name); ranked below on criterion \(code) \(mine) < \(theirs)"
    }

    // MARK: - OutreachCore/Rules/Authority.swift

    public func onlyTheOperatorOr(_ list: String) -> String {
        "only the database operator" + (list.isEmpty ? "" : " or \(list)") + " may"
    }
    public func onlyTheOperatorTheseOrAbove(_ list: String, _ concerned: UnitCode) -> String {
        "only the database operator, \(list) or a unit above \(concerned) may"
    }
    public func actionWithReason(_ action: LocalizedText, _ reason: LocalizedText) -> String {
        "\(action.en) (\(reason.en))"
    }
    public func unitCodeIsNotIn(_ code: UnitCode) -> String {
        "unit \(code) is not in the unit list"
    }
    public var onlyTheOrganisersTheOffice: String {
        "only the organisers, the office concerned or a unit above it may"
    }
    public func onlyTheOrganisersListOr(_ list: String) -> String {
        "only the organisers, \(list) or a unit above it may"
    }
    public func unitDoesNotAcceptIts(_ unit: UnitCode) -> String {
        "\(unit) does not accept its own report; the office it reports to or the organisers do"
    }
    public func isNotAboveList(_ list: String) -> String {
        "it is not above \(list)"
    }
    public func onlyAUnitAboveMay(_ list: String) -> String {
        "only a unit above may change the parent, kind or validity of \(list)"
    }
    public var thisPersonWorksOutsideYour: String {
        "this person works outside your units; only their workplace, a unit above it or the organisers may"
    }
    public func listIsOutsideWhatOrganiser(_ list: String, _ organiser: UnitCode) -> String {
        "\(list) is outside what \(organiser) convenes (its own units and those of the body it belongs to)"
    }

    // MARK: - OutreachCore/Rules/AwardRules.swift

    public var dutyRegistered: String { "registered" }
    public var dutyLaunched: String { "launched emulation" }
    public var dutyCompactSigned: String { "signed the emulation compact" }
    public func dutySent(_ title: String) -> String {
        "sent “\(title)”"
    }
    public var registerVerb: String { "register" }
    public var asWrittenDoneAtAll: String { "as written: done at all, whenever" }
    public var stricterDoneByTheDue: String { "stricter: done by the due date" }
    public func dutyDoneOnTime(_ what: LocalizedText, _ day: String, _ due: String) -> String {
        "\(what.en) on \(day) (due \(due))"
    }
    public func dutyDoneLateAsWritten(_ what: LocalizedText, _ day: String, _ due: String) -> String {
        "\(what.en) on \(day), after the due date \(due): counts as written"
    }
    public func dutyDoneLateCountsLate(_ what: LocalizedText, _ registration: Bool, _ day: String, _ due: String) -> String {
        "\(what.en) late on \(day) (due \(due))"
    }
    public func dutyNotYetDue(_ what: LocalizedText, _ due: String, _ left: Int) -> String {
        "not yet \(what.en) (due \(due), \(left) days left)"
    }
    public func dutyNotDoneAsOf(_ what: LocalizedText, _ numeric: String, _ due: String) -> String {
        "not \(what.en) as of \(numeric) (due \(due))"
    }
    public func dutyNotDoneByDue(_ what: LocalizedText, _ due: String) -> String {
        "not \(what.en) by \(due)"
    }

    // MARK: - OutreachCore/Rules/BlocScoring.swift

    public var needsAtLeastOneCriterion: String { "needs at least one criterion" }
    public func criterionCodeCriterionCodeIsUsed(_ criterionCode: Slug) -> String {
        "criterion code \(criterionCode) is used twice"
    }
    public func noCriterionCodeUnderCriteria(_ code: Slug) -> String {
        "no criterion “\(code)” under criteria"
    }
    public func theChairHasAlreadyGiven(_ unit: UnitCode) -> String {
        "the chair has already given \(unit) its final score: it can no longer self-score"
    }
    public func unitCannotCrossCheckItself(_ unit: UnitCode) -> String {
        "\(unit) cannot cross-check itself: another member must"
    }
    public func checkerIsNotAMember(_ checker: UnitCode) -> String {
        "\(checker) is not a member of the bloc: members cross-check each other"
    }
    public func unitHasNotSentIts(_ unit: UnitCode) -> String {
        "\(unit) has not sent its self-score: the cross-check comes after it"
    }
    public func theChairHasAlreadyGivenUnit(_ unit: UnitCode) -> String {
        "the chair has already given \(unit) its final score: no more cross-checks"
    }
    public func unitHasNotSentItsSelf(_ unit: UnitCode) -> String {
        "\(unit) has not sent its self-score: no final score yet"
    }
    public func unitHasNotBeenCross(_ unit: UnitCode) -> String {
        "\(unit) has not been cross-checked: no final score yet"
    }
    public func noVoteYetTheChair(_ missing: String) -> String {
        "no vote yet: the chair has not finished the final scores of \(missing)"
    }
    public func codeIsNotACriterion(_ code: Slug, _ scale: String) -> String {
        "“\(code)” is not a criterion of the bloc (known: \(scale))"
    }
    public func criterionCodeHasNoPoints(_ criterionCode: Slug) -> String {
        "criterion \(criterionCode) has no points"
    }
    public func criterionCodeTakesToPoints(_ criterionCode: Slug, _ points: Int, _ value: Int) -> String {
        "criterion \(criterionCode) takes 0 to \(counted(points, "point", "points")), not \(value)"
    }
    public func moreThanHalfOfThe(_ mark: String) -> String {
        "more than half of the bloc's members vote for it\(mark)"
    }
    public func votedByMoreThanPercent(_ morePercentThan: Int, _ mark: String) -> String {
        "more than \(morePercentThan)% of the bloc's members vote for it\(mark)"
    }

    // MARK: - OutreachCore/Rules/NominationDeadlines.swift

    public var withdrawNominees: String { "withdraw nominees" }

    // MARK: - OutreachCore/Rules/Placement.swift

    public var thisPersonsWorkplaceIsNot: String { "this person's workplace is not known" }
    public func nominateForTheQuotaOf(_ sender: UnitCode) -> String {
        "nominate for the quota of \(sender)"
    }
    public func theReplacementTakesThePlace(_ id: Int64, _ roles: String) -> String {
        "the replacement takes the place of #\(id), which only takes: \(roles); to send someone in another role, withdraw #\(id) and add them"
    }

    // MARK: - OutreachCore/Rules/QuotaPlanner.swift

    public func unitCodeIsNotAmong(_ code: UnitCode) -> String {
        "unit \(code) is not among the imported units"
    }
    public func noUnitCode(_ code: UnitCode) -> String {
        "no unit \(code)"
    }
    public func blockLabelInvitesNoUnit(_ label: String) -> String {
        "block “\(label)” invites no unit (check kind and validity dates)"
    }
    public func unitCodeAlreadyHasAQuota(_ unitCode: UnitCode, _ other: Int) -> String {
        "\(unitCode) already has a quota in block \(other)"
    }

    // MARK: - OutreachCore/Rules/RateBook.swift

    public func tableCodeIsAlreadyDefined(_ tableCode: Slug, _ tables: String) -> String {
        "table “\(tableCode)” is already defined in \(tables)"
    }
    public func thereIsNoTableTarget(_ target: Slug, _ known: String) -> String {
        "there is no table “\(target)” to override; tables read: \(known)"
    }
    public func theTablesOverrideEachOther(_ names: String) -> String {
        "the tables override each other in a circle: \(names)"
    }
    public func rateCodeIsPerUnitIn(_ rateCode: Slug, _ unit: String, _ file: String, _ unit2: String) -> String {
        "\(rateCode) is per \(unit) in \(file) but per \(unit2) here"
    }

    // MARK: - OutreachCore/Support/FileFailure.swift

    public func fileFailure(_ failure: FileFailure) -> String {
        switch failure {
        case let .folderMissing(folder): "folder \(folder) does not exist"
        case let .notAFolder(folder): "\(folder) is not a folder"
        case let .folderNotWritable(folder): "folder \(folder) is not writable"
        case .isFolder: "is a folder; give a file name"
        case let .symbolicLink(_, target):
            "is a symbolic link (to \(target)), never written through; give the file's real path"
        case .notARegularFile: "is not a regular file"
        case .readOnly: "is read-only and is kept; make it writable or choose another name"
        case .exists: "already exists and is kept; choose another name"
        case let .cannotCreate(folder, reason): "cannot create a file in folder \(folder) (\(reason))"
        case let .cannotRename(_, reason): "the finished file could not be moved into place (\(reason))"
        case let .cannotWrite(_, reason): "the file could not be written (\(reason))"
        case .alreadyFinished: "the file was already committed or discarded"
        }
    }

    // MARK: - OutreachCore/Support/FreeText.swift

    public var containsControlCharactersOrLine: String { "contains control characters or line breaks" }
    public func isLongerThanMaxLengthCharacters(_ maxLength: Int) -> String {
        "is longer than \(maxLength) characters"
    }

    // MARK: - OutreachCore/Support/InputField.swift

    public func fieldName(_ field: InputField) -> String {
        switch field {
        case .amount: "amount"
        case .code: "code"
        case .count: "count"
        case .criterion: "criterion"
        case .date: "date"
        case .days: "days"
        case .deputy: "deputy"
        case .due: "due date"
        case .duty: "duty"
        case .email: "email"
        case .expires: "expiry date"
        case .file: "file"
        case .followUpDue: "follow-up due date"
        case .held: "day held"
        case .line: "budget line"
        case .name: "full name"
        case .note: "note"
        case .nominee: "nominee"
        case .on: "report date"
        case .part: "part of the day"
        case .period: "period"
        case .person: "person"
        case .perUnit: "people per unit"
        case .phone: "phone"
        case .place: "place"
        case .points: "points"
        case .position: "position"
        case .reachedPeople: "people reached"
        case .reachedUnits: "units reached"
        case .reason: "reason"
        case .reserve: "reserve"
        case .role: "role"
        case .session: "session"
        case .status: "status"
        case .unit: "unit"
        case .venue: "venue"
        case .worksAt: "workplace"
        }
    }
    public var aLateChangeCanStillBeMade: String { "; a late change can still be made, with its reason" }
    public var aChangeAfterTheDeadline: String { "a change after the deadline needs a reason" }
    public var reasonForTheLateChange: String { "Reason for the late change" }
    public var lateReasonShort: String { "Reason (late)" }
    public var eachChangeAfterTheDeadline: String { "Each change after the deadline needs its reason, which the log keeps." }
    public func theListClosedWithTheSession(_ ended: String) -> String {
        "The session ended on \(ended): the list is closed and can no longer change; who came counts by the attendance."
    }
    public func theListClosedForTheOffices(_ ended: String) -> String {
        "The session ended on \(ended): the offices can no longer change the list; the organisers may still confirm; who came counts by the attendance."
    }
    public var lowerItOnlyOnPurpose: String { "; lower it only on purpose, which leaves" }
    public var chooseAnotherName: String { "; choose another name" }
    public var fixTheRowsAboveAnd: String { "; fix the rows above and import again" }
    public var addAReserveFirst: String { " (add a reserve first)" }
    public var recordSomeoneWhoCameUnnominated: String { "; record someone who came unnominated as a walk-in" }
    public var pointAtAnExistingOne: String { "; point at an existing one, or create it" }
    public var buildingTheDemoAgainWould: String { "; building the demo again would lose them all" }
    public var chooseAnotherDatabase: String { "; choose another database" }

    // MARK: - OutreachCore/Support/NameInput.swift

    public var mustNotBeEmpty: String { "must not be empty" }
    public var mustStartWithALetter: String { "must start with a letter" }
    public var containsControlCharacters: String { "contains control characters" }
    public var isLongerThanCharacters: String { "is longer than 100 characters" }
    public var mustNotContainDigits: String { "must not contain digits" }
    public var needsFamilyAndGivenName: String { "needs family and given name (two words at least)" }

    // MARK: - OutreachCore/Support/OutreachError.swift

    public func missingInputReason(_ name: String, _ reason: LocalizedText) -> String {
        "missing \(name): \(reason.en)"
    }
    public func invalidValueOfField(_ field: String, _ shown: String, _ reason: LocalizedText) -> String {
        "\(field)\(shown): \(reason.en)"
    }
    public func noUnitWithCode(_ code: String) -> String {
        "no unit with code “\(code)”"
    }
    public func noSessionWithCode(_ code: String) -> String {
        "no session with code “\(code)”"
    }
    public func roleIsNotDefined(_ role: String, _ session: String, _ known: String) -> String {
        "role “\(role)” is not defined in session \(session); roles: \(known)"
    }
    public func noNomineeKeyInSession(_ key: String, _ session: String) -> String {
        "no nominee “\(key)” in session \(session)"
    }
    public func noPersonWithNumberId(_ id: Int64) -> String {
        "no person with number \(id)"
    }
    public func keyMatchesSeveralNomineesUse(_ key: String, _ candidates: String) -> String {
        "“\(key)” matches several nominees, use the number: \(candidates)"
    }
    public func unitIsNotInvited(_ unit: String, _ session: String) -> String {
        "unit \(unit) is not invited to session \(session) (it has no quota)"
    }
    public func theQuotaOfUnitDoes(_ unit: String, _ role: String, _ allowed: String) -> String {
        "the quota of \(unit) does not accept role “\(role)”; it accepts: \(allowed)"
    }
    public func personWorksAtWorksAtWhich(_ person: String, _ worksAt: String, _ sender: String, _ source: LocalizedText) -> String {
        "\(person) works at \(worksAt), which does not fit the quota of \(sender) (\(source.en))"
    }
    public func unitHasAlreadyNominatedCount(_ unit: String, _ count: Int, _ roles: String) -> String {
        "\(unit) has already nominated \(count) for \(roles); withdraw or replace someone first"
    }
    public func nameIsAlreadyNominatedFor(_ name: String, _ session: String, _ sender: String) -> String {
        "\(name) is already nominated for session \(session) (by \(sender))"
    }
    public func nameIsAlreadyNominatedForSession(_ name: String, _ session: String) -> String {
        "\(name) is already nominated for session \(session) (by another office)"
    }
    public func theNominationDeadlineOfSession(_ session: String, _ deadline: String, _ today: String) -> String {
        "the nomination deadline of \(session) has passed (\(deadline), today \(today))"
    }
    public func unitAlreadyHasActiveFor(_ unit: String, _ active: Int, _ roles: String, _ requested: Int, _ say: String, _ beyond: String) -> String {
        "\(unit) already has \(active) for \(roles), cannot lower to \(requested)\(say) beyond the quota: \(beyond)"
    }
    public func nomineeIsWasAndCannot(_ nominee: String, _ was: String, _ wanted: String) -> String {
        "\(nominee) is “\(was)” and cannot become “\(wanted)”"
    }
    public func sessionCodeAlreadyExistsIn(_ code: String) -> String {
        "session \(code) already exists in the database"
    }
    public var inTheCurrentFolder: String { " in the current folder" }
    public func noDatabasePathHere(_ path: String, _ here: String) -> String {
        "no database \(path)\(here)"
    }
    public func noFilePath(_ path: String) -> String {
        "no file \(path)"
    }
    public func noFolderPathPointAt(_ path: String, _ option: String) -> String {
        "no folder \(path); point at the folder with \(option) FOLDER"
    }
    public func filePathAlreadyExistsAnd(_ path: String) -> String {
        "file \(path) already exists and is kept"
    }
    public func databaseErrorReason(_ path: String, _ reason: LocalizedText) -> String {
        "database \(path): \(reason.en)"
    }
    public func fileErrorReason(_ path: String, _ reason: LocalizedText) -> String {
        "file \(path): \(reason.en)"
    }
    public func actorMayNot(_ actor: String, _ action: LocalizedText) -> String {
        "\(actor) may not \(action.en)"
    }
    public func noPlanCode(_ code: String) -> String {
        "no plan \(code)"
    }
    public func planCodeAlreadyExistsWith(_ code: String) -> String {
        "plan \(code) already exists with other content; give the amended plan a new code"
    }
    public func noReserveWaitsForThe(_ nominee: String) -> String {
        "no reserve waits for the place of \(nominee)"
    }
    public func thePlaceOfNomineeHas(_ nominee: String, _ by: String) -> String {
        "the place of \(nominee) has already been taken by \(by)"
    }
    public func importRefusedSomeRowsNotAllowed(_ file: String, _ errors: Int, _ notAllowed: Int) -> String {
        "\(file): \(errors) \(errors == 1 ? "error" : "errors") (\(notAllowed) \(notAllowed == 1 ? "row" : "rows") you may not change), nothing imported"
    }
    public func importRefusedForRowErrors(_ file: String, _ errors: Int) -> String {
        "\(file): \(errors) \(errors == 1 ? "error" : "errors"), nothing imported"
    }
    public func noBlocCode(_ code: String) -> String {
        "no bloc \(code)"
    }
    public func sessionEndedOnEnded(_ session: String, _ ended: String, _ action: LocalizedText) -> String {
        "session \(session) ended on \(ended): too late to \(action.en) (the list of participants is closed; who came counts by the attendance)"
    }
    public func sessionEndedOnEndedNobody(_ session: String, _ ended: String) -> String {
        "session \(session) ended on \(ended); nobody can be nominated now"
    }
    public func pathHasTotalChangesMade(_ path: String, _ total: Int, _ listed: String, _ last: String?) -> String {
        "\(path) has \(counted(total, "change", "changes")) made after the demo was built (\(listed)\(last.map { ", the last on \($0)" } ?? ""))"
    }
    public func pathIsNotADemo(_ path: String) -> String {
        "\(path) is not a demo database and will not be overwritten"
    }

    // MARK: - OutreachCore/Support/PhoneNumber.swift

    public var mayContainOnlyDigitsSpaces: String { "may contain only digits (spaces or dots allowed)" }
    public var missingTheLeading: String { "missing the leading 0" }
    public func needsDigitsMobileOrLandline(_ digitsCount: Int) -> String {
        "needs 10 digits (mobile) or 11 (landline 02…), has \(digitsCount)"
    }

    // MARK: - OutreachCore/Support/Suggestions.swift

    public var isNotAUnitCode: String { "is not a unit code (A–Z, 0–9, dashes)" }
    public func thisNameFitsSeveralUnits(_ found: String) -> String {
        "this name fits several units: \(found); give the unit's code"
    }

    // MARK: - OutreachCore/Templates/BudgetSection.swift

    public var needsAtLeastOneBudget: String { "needs at least one budget line" }
    public func lineCodeIsDeclaredTwice(_ lineCode: Slug) -> String {
        "line \(lineCode) is declared twice"
    }
    public var mustBeARuleFrom: String { "must be a rule {from_km: N, districts: [...]}" }
    public var mustBeTrueFalseOr: String { "must be true, false or a rule {from_km: N, districts: [...]}" }
    public func mustBeBetweenAndKm(_ fromKm: Int) -> String {
        "must be between 1 and 2000 km, not \(fromKm)"
    }
    public var needsFromKmOrDistricts: String { "needs from_km or districts (or both)" }
    public func rawQuantityIsNotAllowedChoose(_ rawQuantity: String) -> String {
        "“\(rawQuantity)” is not allowed; choose participants, participant-days, half-days, days or fixed N (N from 1 to 1000000)"
    }
    public func rawWithReason(_ raw: String, _ reason: LocalizedText) -> String {
        "“\(raw)” \(reason.en)"
    }
    public var giveEitherRateARate: String {
        "give either rate (a rate code) or amount (the organiser's own price), exactly one of them"
    }
    public var onlyForLinesPaidBy: String { "only for lines paid by the sending offices (payer: sending-unit)" }

    // MARK: - OutreachCore/Templates/PlanTemplate.swift

    public func yearIsOutOf(_ year: Int) -> String {
        "year \(year) is out of range (2000–2100)"
    }
    public var aPlanNeedsAtLeast: String { "a plan needs at least one activity or one duty" }
    public func numberIsUsedTwice(_ number: Int) -> String {
        "number \(number) is used twice"
    }
    public func aQuarterActivityFollows(_ quarter: Int, _ lastQuarter: Int) -> String {
        "a quarter-\(quarter) activity follows a quarter-\(lastQuarter) one: keep quarter order"
    }
    public func dutyCodeDutyCodeIsUsed(_ dutyCode: Slug) -> String {
        "duty code \(dutyCode) is used twice"
    }
    public func theFirstPeriodFirstCodeIs(_ firstCode: String, _ year: Int) -> String {
        "the first period \(firstCode) is not in the plan's year \(year)"
    }
    public func dueDateDueIsoIsNot(_ dueIso: String, _ year: Int) -> String {
        "due date \(dueIso) is not in the plan's year \(year)"
    }
    public var owedByIsMissingOr: String { "owed_by is missing (or members at the top of the file)" }
    public var aDutyIsOwedBy: String { "a duty is owed by units (owed_by) or by blocs (owed_by_blocs), not both" }
    public var thePlanHasNoBlocs: String { "the plan has no blocs, so there is no bloc chair to send to" }
    public func noBlocUnderBlocs(_ bloc: UnitCode) -> String {
        "no bloc \(bloc) under blocs"
    }
    public func noBodyCodeUnderBodies(_ code: UnitCode) -> String {
        "no body \(code) under bodies"
    }
    public func bodyCodeBodyCodeIsUsed(_ bodyCode: UnitCode) -> String {
        "body code \(bodyCode) is used twice"
    }
    public func noDutyCodeUnderDuties(_ code: Slug) -> String {
        "no duty “\(code)” under duties"
    }
    public func blocCodeBlocCodeIsUsed(_ blocCode: UnitCode) -> String {
        "bloc code \(blocCode) is used twice"
    }
    public var theDeputyIsTheChair: String { "the deputy is the chair" }
    public var mustBeBetweenAnd: String { "must be between 1 and 10000" }
    public func quarterMustBeToNot(_ quarter: Int) -> String {
        "quarter must be 1 to 4, not \(quarter)"
    }
    public var aRecurringDutyGivesEach: String {
        "a recurring duty gives each period's due date under recurs, not due"
    }
    public var noPeriodHasADue: String { "no period has a due date" }
    public func rawIsNotAPeriod(_ raw: String) -> String {
        "“\(raw)” is not a period (2022, 2022-H1, 2022-Q3, 2022-M05)"
    }
    public func valueIsNotAReal(_ value: String) -> String {
        "“\(value)” is not a real date (write YYYY-MM-DD)"
    }
    public var mustBeBetweenAndDays: String { "must be between -366 and 366 days" }
    public var aDepartmentBelongsToA: String { "a department belongs to a unit (unit)" }
    public var giveUnitWithAnOptional: String {
        "give unit (with an optional department) or body (an outside body), one of them"
    }
    public var needsAtLeastOneDuty: String { "needs at least one duty" }
    public var pointsMustBeBetweenAnd: String { "points must be between 1 and 1000" }
    public var giveUnitsOrKindsOr: String { "give units or kinds (or both)" }
    public var selectsNoUnitCheckUnits: String { "selects no unit (check units, kinds and validity dates)" }
    public func bodyCodeIsAnImportedUnit(_ bodyCode: UnitCode) -> String {
        "\(bodyCode) is an imported unit: an outside body needs a code of its own"
    }
    public func codeIsNotAMember(_ code: UnitCode, _ blocCode: UnitCode) -> String {
        "\(code) is not a member of bloc \(blocCode)"
    }
    public func memberAlreadyBelongsToBloc(_ member: String, _ other: UnitCode) -> String {
        "\(member) already belongs to bloc \(other)"
    }

    // MARK: - OutreachCore/Templates/RateTableTemplate.swift

    public var needsAtLeastOneRate: String { "needs at least one rate" }
    public func effectiveToIsoIsBefore(_ toIso: String, _ effectiveFromIso: String) -> String {
        "effective_to \(toIso) is before effective_from \(effectiveFromIso)"
    }
    public func aConfidenceRateNeedsA(_ confidence: String) -> String {
        "a \(confidence) rate needs a note saying what is uncertain"
    }
    public func rateOverlapsEarlierRate(_ index: Int, _ rate: LocalizedText, _ earlier: Int, _ other: LocalizedText) -> String {
        "rates[\(index)] (\(rate.en)) overlaps rates[\(earlier)] (\(other.en)): a code has one amount on any day"
    }
    public func missingStringValueGiveItHere(_ stringValue: String, _ tableKey: String) -> String {
        "missing \(stringValue) (give it here or \(tableKey) at the top of the file)"
    }
    public var region: String { "region" }

    // MARK: - OutreachCore/Templates/SessionTemplate.swift

    public func mustBeBetweenAndNot(_ days: Int) -> String {
        "must be between 1 and 366, not \(days)"
    }
    public var needsAtLeastOnePart: String { "needs at least one part" }
    public func roleCodeIsDeclaredTwice(_ roleCode: RoleCode) -> String {
        "role \(roleCode) is declared twice"
    }
    public var needsAtLeastOneRole: String { "needs at least one role" }
    public var needsAtLeastOneQuota: String { "needs at least one quota block" }
    public func roleIsNotDeclared(_ role: RoleCode) -> String {
        "role “\(role)” is not declared under roles"
    }
    public func nominationDeadlineIsoIsAfter(_ deadlineIso: String, _ startsIso: String) -> String {
        "nomination deadline \(deadlineIso) is after the start \(startsIso)"
    }
    public func followUpDueDateDueIso(_ dueIso: String, _ endsIso: String) -> String {
        "follow-up due date \(dueIso) is before the session ends \(endsIso)"
    }
    public var endTimeIsNotAfter: String { "end_time is not after start_time" }
    public func dateIsoIsNotADay(_ dateIso: String, _ startsIso: String, _ endsIso: String) -> String {
        "\(dateIso) is not a day of the session (\(startsIso) to \(endsIso))"
    }
    public var attendanceByDayUsePartDay: String { "attendance is by day: use part: day" }
    public var attendanceByHalfDayUseAmOrPm: String { "attendance is by half-day: use part: am or pm" }
    public func partHalfIsGivenTwice(_ half: String, _ date: String?) -> String {
        "part \(half) is given twice" + (date.map { " for \($0)" } ?? "")
    }
    public func dateIsoHasNoPartAdd(_ dateIso: String) -> String {
        "\(dateIso) has no part; add a part without date (every day) or with date: \(dateIso)"
    }
    public func theAfternoonStartsAtStart(_ start: ClockTime, _ end: ClockTime) -> String {
        "the afternoon starts at \(start), before the morning ends at \(end)"
    }
    public func rawHalfIsNotAllowedChoose(_ rawHalf: String) -> String {
        "“\(rawHalf)” is not allowed; choose am, pm or day"
    }
    public func rawTimeIsNotAllowedWrite(_ rawTime: String) -> String {
        "“\(rawTime)” is not allowed; write start–end, e.g. 07:30–11:30 (the end after the start)"
    }
    public var giveEitherKindOrUnits: String { "give either kind or units (exactly one of them)" }
    public var needsAtLeastOneSlot: String { "needs at least one slot" }
    public var needsOneOrMoreDifferent: String { "needs one or more different roles" }
    public func mustBeBetweenAndNotCount(_ count: Int) -> String {
        "must be between 1 and 10000, not \(count)"
    }
    public func mustBeOneOfKnown(_ known: String, _ audience: String) -> String {
        "must be one of: \(known), not “\(audience)”"
    }
    public func mustBeBetweenAndDaysNot(_ days: Int) -> String {
        "must be between 0 and 3650 days, not \(days)"
    }
    public var giveEitherDueDateOr: String { "give either due_date or due_days_after, not both" }
    public func mustNameAFileOf(_ value: String) -> String {
        "must name a file of Templates/documents/ (lower case, dashes, without .md), not “\(value)”"
    }

    // MARK: - OutreachCore/Templates/StrictDecoding.swift

    public func unknownKeyStringValueExpectedOne(_ stringValue: String, _ known: String) -> String {
        "unknown key “\(stringValue)”; expected one of: \(known)"
    }
    public func longerThanMaximumLengthCharacters(_ maximumLength: Int) -> String {
        "longer than \(maximumLength) characters"
    }
    public func notARealDate(_ raw: String) -> String {
        "“\(raw)” is not a real date (write YYYY-MM-DD)"
    }
    public func rawIsNotAllowedChoose(_ raw: String, _ allowed: String) -> String {
        "“\(raw)” is not allowed; choose one of: \(allowed)"
    }
    public func notAValidTime(_ raw: String) -> String {
        "“\(raw)” is not a valid time (write HH:MM)"
    }

    // MARK: - OutreachCore/Templates/TemplateLoader.swift

    public var cannotReadTheFolder: String { "cannot read the folder" }
    public var cannotBeRead: String { "cannot be read" }
    public var isNotUTFText: String { "is not UTF-8 text" }
    public var theFileIsEmpty: String { "the file is empty" }
    public func malformedYAMLSummary(_ summary: String) -> String {
        "malformed YAML: \(summary)"
    }
    public func missingRequiredKeyStringValue(_ stringValue: String) -> String {
        "missing required key “\(stringValue)”"
    }
    public func wrongTypeExpected(_ describe: LocalizedText) -> String {
        "wrong type, expected \(describe.en)"
    }
    public func missingValueExpected(_ describe: LocalizedText) -> String {
        "missing value, expected \(describe.en)"
    }
    public var yamlText: String { "text" }
    public var anInteger: String { "an integer" }
    public var aList: String { "a list" }
    public var aMapping: String { "a mapping" }

    // MARK: - OutreachCore/Templates/UnitListTemplate.swift

    public func theStatisticalCodeMustBe(_ statCode: String) -> String {
        "the statistical code must be 3 digits (080), not \(statCode)"
    }
    public func mustBeBetweenAndMaximumDistance(_ maximumDistance: Int, _ km: Int) -> String {
        "must be between 0 and \(maximumDistance) km, not \(km)"
    }
    public func districtIsNotIn(_ district: String) -> String {
        "district \(district) is not in the districts list"
    }
    public func codeUnitCodeRepeatsUnitNumber(_ unitCode: UnitCode, _ first: Int) -> String {
        "code \(unitCode) repeats unit number \(first)"
    }
    public func validToIsoIsBefore(_ toIso: String, _ fromIso: String) -> String {
        "valid_to \(toIso) is before valid_from \(fromIso)"
    }
    public func parentIsNotIn(_ parent: UnitCode) -> String {
        "parent \(parent) is not in the file"
    }
    public func theParentsOfUnitCodeForm(_ unitCode: UnitCode) -> String {
        "the parents of \(unitCode) form a cycle"
    }
    public func theNumberOfPeopleMust(_ maximumStaff: Int, _ staff: Int) -> String {
        "the number of people must be between 0 and \(maximumStaff), not \(staff)"
    }

    // MARK: - OutreachCore/Vietnamese/MoneyAmountError.swift

    public var isNotAWholeAmount: String { "is not a whole amount of đồng (write 1500000, 1.500.000 or 1,500,000)" }
    public var cannotBeNegative: String { "cannot be negative" }
    public func tooLargeAtMostGrouped(_ grouped: String) -> String {
        "too large, at most \(grouped) đồng"
    }
    public func cannotWriteInWords(_ grouped: String) -> String {
        "cannot write \(grouped) in words: amounts run from 0 to 999.999.999.999.999"
    }

    // MARK: - OutreachDocuments/DocumentTemplate.swift

    public var theFrontMatterOpensWith: String { "the front matter opens with --- but no --- line closes it" }
    public var theFrontMatterMustBe: String { "the front matter must be “key: value” lines" }
    public func theFrontMatterCannotBe(_ error: any Error) -> String {
        "the front matter cannot be read: \(error)"
    }
    public func unknownKeyUseKnown(_ known: String) -> String {
        "unknown key; use: \(known)"
    }
    public var mustBeTextInDouble: String { "must be text (in double quotes “…” when it holds {{…}})" }
    public var titleSizeRange: String { "must be 10…40" }
    public var mustBeAList: String { "must be a list (- …)" }
    public var mustBeKeyTextLines: String { "must be “key: text” lines" }
    public var cannotBeReadUTFNeeded: String { "cannot be read (UTF-8 needed)" }
    public var elseOutsideIf: String { "{{else}} outside {{#if …}}" }
    public var eachWithoutAnOpenEach: String { "{{/each}} without an open {{#each …}}" }
    public func trimmedWithoutAnOpenIf(_ trimmed: String) -> String {
        "\(trimmed) without an open {{#if …}}"
    }
    public func trimmedIsNotUnderstoodUse(_ trimmed: String) -> String {
        "\(trimmed) is not understood; use {{#each}}, {{#if}}, {{#unless}}, {{else}}, {{/each}}, {{/if}}"
    }
    public var theBlockOpenedOnThis: String { "the block opened on this line is never closed ({{/each}} or {{/if}})" }
    public func eachNameIsNot(_ name: String) -> String {
        "{{#each \(name)}}: “\(name)” is not a list"
    }
    public var withoutAClosing: String { "“{{” without a closing “}}”" }
    public func nameIsAListUse(_ name: String) -> String {
        "{{\(name)}} is a list: use {{#each \(name)}} … {{/each}}"
    }
    public func noFieldNameTheFields(_ name: String, _ known: String) -> String {
        "no field {{\(name)}}; the fields here are: \(known)"
    }

    // MARK: - OutreachDocuments/DocxWriter.swift

    public func cannotWriteTheFileLocalizedDescription(_ localizedDescription: String) -> String {
        "cannot write the file (\(localizedDescription))"
    }

    // MARK: - OutreachDocuments/PDFConverter.swift

    public var pdfNeedsLibreOfficeSofficeInstall: String {
        "--pdf needs LibreOffice (soffice): install it with “make pdf-deps” or “apt-get install libreoffice-writer-nogui”"
    }
    public var cannotCreateATemporaryFolder: String { "cannot create a temporary folder" }
    public func cannotRunLibreOfficeError(_ error: any Error) -> String {
        "cannot run LibreOffice: \(error)"
    }
    public func libreOfficeDidNotFinishThe(_ value: Int) -> String {
        "LibreOffice did not finish the PDF within \(value) s"
    }
    public func libreOfficeCouldNotPrintIt(_ terminationStatus: Int32) -> String {
        "LibreOffice could not print it to PDF (status \(terminationStatus))"
    }
    public var cannotWriteThePDF: String { "cannot write the PDF" }

    // MARK: - OutreachExport/CascadeSheet.swift

    public func sessionCodeHasNoFollow(_ sessionCode: SessionCode, _ numeric: String) -> String {
        "session \(sessionCode) has no follow-up duty by \(numeric): assign the duties first"
    }

    // MARK: - OutreachExport/ExportFile.swift

    public var theFolderCannotBeCreated: String {
        "the folder cannot be created (part of the path is a file, or it is not writable)"
    }
    public func theFileCouldNotBe(_ error: String) -> String {
        "the file could not be written (\(error))"
    }
    public func workbookRefusedData(_ error: String) -> String {
        "the workbook refused the data (\(error))"
    }

    // MARK: - OutreachExport/PaymentListSheet.swift

    public func sessionCodeHasNoSuch(_ sessionCode: SessionCode, _ codes: String) -> String {
        "session \(sessionCode) has no such budget line; its lines: \(codes)"
    }
    public func thisLineIsNotPaid(_ quantityText: String) -> String {
        "this line is not paid per person (quantity: \(quantityText)), so it has no payment list"
    }

    // MARK: - OutreachExport/ReminderSheet.swift

    public func cannotBeWrittenLocalizedDescription(_ localizedDescription: String) -> String {
        "cannot be written (\(localizedDescription))"
    }

    // MARK: - OutreachImport/ImportFile.swift

    public func noHeaderRowNamingThe(_ titles: String) -> String {
        "no header row naming the columns (\(titles)); use a form exported by outreach or add a header row"
    }
    public var nomineeColumnTitles: String { "Full name, Role, Phone…" }
    public var attendanceColumnTitles: String { "Full name, Status…" }
    public func textTypedInLegacyConverted(_ legacy: String) -> String {
        "text typed in \(legacy), converted to Unicode; check it"
    }
    public func ignoringUnusedColumnsIgnored(_ ignored: String) -> String {
        "ignoring unused columns: \(ignored)"
    }

    // MARK: - OutreachImport/TextTables.swift

    public func columnNumber(_ v0: String) -> String {
        ", column \(v0)"
    }
    public func nulCharacterInCSV(_ line: Int, _ column: LocalizedText) -> String {
        "row \(line)\(column.en): a NUL character, so this is no .csv text; delete it, or save the file again from Excel as CSV UTF-8"
    }
    public var isNeitherAnXlsxNor: String { "is neither an .xlsx nor a .csv file (broken UTF-16)" }

    // MARK: - OutreachImport/WorkbookTables.swift

    public func cannotBeReadAsXlsx(_ error: any Error) -> String {
        "cannot be read as .xlsx (\(error))"
    }
    public func holdsMoreThanCountCharacters(_ count: Int) -> String {
        "holds more than \(count) characters, Excel's limit for a cell"
    }
    public func holdsMoreThanCountStrings(_ count: Int) -> String {
        "holds more than \(counted(count, "string", "strings"))"
    }
    public func holdsMoreThanMibOf(_ mib: String) -> String {
        "holds more than \(mib) of text"
    }
    public func decompressesToMoreThanMib(_ mib: String) -> String {
        "decompresses to more than \(mib)"
    }
    public func decompressesToMoreThanMibFrom(_ mib: String, _ size: String, _ ratio: UInt64) -> String {
        "decompresses to more than \(mib) from a file of \(size) (a real workbook compresses at most \(ratio) times)"
    }
    public func holdsAnXMLTagLonger(_ mib: String) -> String {
        "holds an XML tag longer than \(mib)"
    }
    public func fileTooLargeNotImported(_ part: String, _ mib: String, _ upTo: LocalizedText) -> String {
        "file too large, not imported: the cells of \(part) hold more than \(mib) of text\(upTo.en), a shared string counted at every cell using it; the database is unchanged"
    }
    public func fileTooLargeAtPlace(_ place: LocalizedText, _ what: LocalizedText) -> String {
        "file too large, not imported: \(place.en) \(what.en); the database is unchanged"
    }
    public var xlsxCannotOpen: String { "the file cannot be opened" }
    public var xlsxNotAZip: String { "is not an .xlsx file (not a zip archive); save it again from Excel as .xlsx or CSV UTF-8" }
    public var xlsxDamagedZip: String { "the .xlsx file is damaged or truncated" }
    public var xlsxNotAWorkbook: String { "is a zip archive but not an .xlsx workbook" }
    public func xlsxMissingPart(_ part: String) -> String {
        "the .xlsx file is missing its part \(part)"
    }
    public func xlsxMalformedXML(_ part: String, _ line: Int) -> String {
        "the .xlsx file is damaged: \(part) line \(line) is not valid XML"
    }
    public func xlsxCorruptPart(_ part: String) -> String {
        "the .xlsx file is damaged: \(part) cannot be decompressed"
    }
    public func xlsxNoSheetNamed(_ sheet: String) -> String {
        "there is no sheet named “\(sheet)”"
    }
    public var xlsxTooLargeToRead: String { "the .xlsx file is too large to read" }
    public func xlsxPlace(_ part: String, _ cell: String?) -> String {
        cell.map { "cell \($0) in \(part)" } ?? part
    }
    public func xlsxUpToCell(_ cell: String?) -> String {
        cell.map { " (up to cell \($0))" } ?? ""
    }
    public func theFormsHiddenMarkersAre(_ what: String) -> String {
        "the form's hidden markers are damaged (\(what)); export the form again and fill it in"
    }

    // MARK: - OutreachOperations/Demo/DemoScenario.swift

    public func theDemoDatabaseCouldNot(_ reason: LocalizedText) -> String {
        "the demo database could not be moved into place: \(reason.en)"
    }

    // MARK: - OutreachOperations/Exports.swift

    public func exportTheSignInSheet(_ code: SessionCode) -> String {
        "export the sign-in sheet of \(code)"
    }
    public func exportTheAttendanceOfCode(_ code: SessionCode) -> String {
        "export the attendance of \(code)"
    }
    public func exportTheBudgetOfCode(_ code: SessionCode) -> String {
        "export the budget of \(code)"
    }
    public func exportThePaymentListOf(_ code: SessionCode) -> String {
        "export the payment list of \(code)"
    }
    public func exportTheFollowUpWorkbook(_ code: SessionCode) -> String {
        "export the follow-up workbook of \(code)"
    }
    public var nobodyIsMarkedPresentYet: String {
        "nobody is marked present yet: record the attendance first (mark it, or import the signed sheet)"
    }
    public var cannotCreateTheFolder: String { "cannot create the folder" }
    public func invitationTitle(_ name: String) -> String {
        "Invitation – \(name)"
    }
    public var remindersDutyHeading: String { "Duty" }
    public func planRemindersTitle(_ plan: String) -> String {
        "Units to remind of their reports – plan \(plan)"
    }
    public var planRemindersPrintTitle: String { "UNITS TO REMIND OF THEIR REPORTS" }
    public func planSubject(_ title: String, _ plan: String) -> String {
        "\(title) (plan \(plan))"
    }
    public func sessionSubject(_ title: String, _ session: String) -> String {
        "\(title) (session \(session))"
    }

    // MARK: - OutreachOperations/ImportNominees.swift

    public func thisFormBelongsToSession(_ formSession: SessionCode) -> String {
        "this form belongs to session \(formSession)"
    }
    public var thisFileIsNotA: String { "this file is not a form exported by outreach, so the session is needed" }
    public func thisFormBelongsToFormUnit(_ formUnit: UnitCode) -> String {
        "this form belongs to \(formUnit); leave the unit out or use the right form"
    }
    public var hasNoRowWithA: String { "has no row with a name to import (only the header row?)" }

    // MARK: - OutreachServer/Application+build.swift

    public func cannotReadThe(_ what: LocalizedText) -> String {
        "cannot read the \(what.en) (a PEM file is needed)"
    }
    public var tlsCertificate: String { "TLS certificate" }
    public var tlsPrivateKey: String { "TLS private key" }
    public var theTLSCertificateAndKey: String { "the TLS certificate and key cannot be used together" }

    // MARK: - OutreachServer/Middleware/Guard.swift

    public func thisAddressDoesNotTake(_ method: String, _ names: String) -> String {
        "this address does not take \(method), only \(names)"
    }
    public var couldNotBeDone: String { "Could not be done" }
    public func didYouMeanNames(_ names: String) -> String {
        "; did you mean: \(names)?"
    }
    public var notAllowed: String { "Not allowed" }

    // MARK: - OutreachServer/Routes/APIController.swift

    public func statusRawIsNotValid(_ raw: String) -> String {
        "status “\(raw)” is not valid (present, late)"
    }
    public func partRawMustBeDATE(_ raw: String) -> String {
        "part “\(raw)” must be DATE:am, DATE:pm or DATE"
    }
    public func statusIsNotValid(_ status: String) -> String {
        "status “\(status)” is not valid (present, late, excused, absent)"
    }
    public func dateRawMustBeDD(_ raw: String) -> String {
        "date “\(raw)” must be DD/MM/YYYY or YYYY-MM-DD"
    }
    public func rawIsNotAUnit(_ raw: String) -> String {
        "“\(raw)” is not a unit code"
    }
    public func roleIsNotValid(_ role: String) -> String {
        "role “\(role)” is not valid"
    }

    // MARK: - OutreachServer/Routes/PageController+Duties.swift

    public func theDateRawDateCannotBe(_ rawDate: String) -> String {
        "the date “\(rawDate)” cannot be read (DD/MM/YYYY)"
    }
    public var isNotAPeriod: String { "is not a period (2022, 2022-H1, 2022-Q3, 2022-M05)" }
    public func rawMustBeAWhole(_ raw: String) -> String {
        "“\(raw)” must be a whole number, 0 or more"
    }
    public var theEvidenceFileCannotBe: String { "the evidence file cannot be written" }
    public func plannedTheFollowUpSession(_ sessionCode: SessionCode, _ numeric: String, _ quotas: Int) -> String {
        "Planned the follow-up session \(sessionCode) on \(numeric), \(counted(quotas, "unit", "units")) invited"
    }
    public func followUpReportSaved(_ corrected: Bool, _ numeric: String, _ reachedUnits: Int, _ audienceUnits: Int, _ reachedPeople: Int, _ label: String) -> String {
        "\(corrected ? "Corrected" : "Recorded") the follow-up report: held \(numeric), \(reachedUnits)/\(audienceUnits) units, \(reachedPeople) people – \(label)"
    }
    public var planReportBacks: String { "Plan report-backs" }
    public func planReportSaved(_ corrected: Bool, _ title: String, _ numeric: String, _ label: String) -> String {
        "\(corrected ? "Corrected" : "Recorded") the report “\(title)” on \(numeric) – \(label)"
    }

    // MARK: - OutreachServer/Routes/PageController+Import.swift

    public var noFileXlsxOrCsv: String { "no file (.xlsx or .csv) was chosen" }
    public var theCheckedFileIsNo: String {
        "the checked file is no longer held (already imported, older than an hour, or not one your unit checked); upload and check it again"
    }
    public var theUploadCouldNotBe: String { "the upload could not be kept for reading" }
    public var yourSessionHasEndedSign: String { "your session has ended; sign in again" }
    public var theTemporaryFolderCannotBe: String { "the temporary folder cannot be created" }
    public var importAList: String { "Import a list" }
    public var checkResult: String { "Check result" }
    public func importedFilenameAddedCountReplaced(_ filename: String, _ count: Int, _ count2: Int, _ count3: Int, _ count4: Int) -> String {
        "Imported \(filename): added \(count), replaced \(count2), updated \(count3), unchanged \(count4)"
    }

    // MARK: - OutreachServer/Routes/PageController+Organiser.swift

    public func seeTheWholeSessionCode(_ code: SessionCode) -> String {
        "see the whole session \(code)"
    }
    public func rawIsNotInsideThe(_ raw: String) -> String {
        "“\(raw)” is not inside the session's exports folder; only files there can be downloaded"
    }
    public func noFileRawInThe(_ raw: String) -> String {
        "no file “\(raw)” in the exports folder"
    }

    // MARK: - OutreachServer/Routes/PageController+PlanExports.swift

    public var yearlyPlansAndBlocs: String { "Yearly plans and blocs" }

    // MARK: - OutreachServer/Routes/PageController.swift

    public func nomineeNumberRawMustBe(_ raw: String) -> String {
        "nominee number “\(raw)” must be a positive whole number"
    }
    public func noUnitIsCalledRaw(_ raw: String, _ example: UnitCode) -> String {
        "no unit is called “\(raw)”; pick one from the list or give the unit's code (such as \(example))"
    }
    public var sessions: String { "Sessions" }
    public var replaceANominee: String { "Replace a nominee" }
    public var listedAsAReserve: String { "Listed as a reserve" }
    public var nominated: String { "Nominated" }
    public func idFullNameReserveTakesThe(_ id: Int64, _ fullName: String, _ place: Int64, _ state: String) -> String {
        "#\(id) \(fullName) (reserve) takes the place of #\(place): \(state)"
    }
    public func aReserveMayTakeThe(_ id: Int64, _ fullName: String) -> String {
        "; a reserve may take the place: #\(id) \(fullName)"
    }
    public var by: String { "by" }

    // MARK: - OutreachServer/Routes/SignInController.swift

    public var signIn: String { "Sign in" }

    // MARK: - OutreachServer/Services/ExportDownloads.swift

    public var theServerFoundNoTemplates: String {
        "the server found no Templates folder (document texts) to write the documents; restart it with --templates FOLDER"
    }
    public var signInSheetExportSignin: String { "Sign-in sheet (export signin)" }
    public var nomineeListExportNominees: String { "Nominee list (export nominees)" }
    public var attendanceExportAttendance: String { "Attendance (export attendance)" }
    public var followUpCascadeExportCascade: String { "Follow-up cascade (export cascade)" }
    public var budgetEstimateAndSettlementExport: String { "Budget estimate and settlement (export budget)" }
    public var theSessionsPlanDocPlan: String { "The session's plan (doc plan)" }
    public var invitationsEveryOfficeInOne: String { "Invitations, every office in one file (doc invitation)" }
    public var decisionApprovingTheBudgetDoc: String { "Decision approving the budget (doc decision)" }
    public var certificatesDocCertificates: String { "Certificates (doc certificates)" }
    public var thePlanAsIssuedExport: String { "The plan as issued (export plan)" }
    public var reportBackTrackerExportDuties: String { "Report-back tracker (export duties)" }
    public var thePlansDocumentDocPlan: String { "The plan's document (doc plan)" }
    public var theBlocsScoreSheetExport: String { "The bloc's score sheet (export bloc)" }

    // MARK: - OutreachServer/Services/Multipart.swift

    public var theUploadCannotBeRead: String { "the upload cannot be read (broken multipart/form-data)" }

    // MARK: - OutreachServer/Services/Outreach.swift

    public var theServerFoundNoTemplatesFolder: String {
        "the server found no Templates folder (rate tables) for the budget; restart it with --templates FOLDER"
    }

    // MARK: - OutreachServer/Services/RequestBody.swift

    public func theFieldHasThe(_ field: String) -> String {
        "the field “\(field)” has the wrong type"
    }

    // MARK: - OutreachServer/Views/HTML.swift

    public var trainingNominations: String { "Training – Nominations" }
    public var signOut: String { "Sign out" }
    public var otherLanguageName: String { "Tiếng Việt" }

    // MARK: - OutreachServer/Views/Pages+Duties.swift

    public func dueNumericAudienceUnits(_ numeric: String, _ audienceUnits: Int, _ audiencePeople: Int, _ label: String) -> String {
        "Due \(numeric); audience: \(counted(audienceUnits, "unit", "units")), \(counted(audiencePeople, "person", "people")). Status: \(label)."
    }
    public var followUpSession: String { "Follow-up session: " }
    public func reportedHeldNumericReachedUnits(_ numeric: String, _ reachedUnits: Int, _ reachedPeople: Int) -> String {
        "Reported: held \(numeric), \(counted(reachedUnits, "unit", "units")), \(counted(reachedPeople, "person", "people"))."
    }
    public var planTheFollowUpSession: String { "Plan the follow-up session" }
    public var dateDDMMYYYY: String { "Date (DD/MM/YYYY)" }
    public var days: String { "Days" }
    public var venue: String { "Venue" }
    public var peoplePerUnit: String { "People per unit" }
    public var plan: String { "Plan" }
    public var countFromTheFollowUp: String { "Count from the follow-up session's attendance" }
    public var followUpCascade: String { "Follow-up cascade" }
    public var reportTheResult: String { "Report the result" }
    public var dayHeldDDMMYYYY: String { "Day held (DD/MM/YYYY)" }
    public var unitsReached: String { "Units reached" }
    public var peopleReached: String { "People reached" }
    public var note: String { "Note" }
    public var sendTheReport: String { "Send the report" }
    public var noPlanAsksYourUnit: String { "No plan asks your unit for a report." }
    public func reportedOnNumeric(_ numeric: String) -> String {
        "reported on \(numeric)"
    }
    public var withAnEvidenceFile: String { ", with an evidence file" }
    public var duty: String { "Duty" }
    public var dueInPageDuties: String { "Due" }
    public var status: String { "Status" }
    public var report: String { "Report" }
    public var sentOnDDMMYYYY: String { "Sent on (DD/MM/YYYY)" }
    public var dayTheReportWasSent: String { "Day the report was sent" }
    public var evidenceFile: String { "Evidence file" }
    public var sessionsInPageDuties: String { "Sessions" }
    public func giveTheDayTheReport(_ maxUpload: Int) -> String {
        "Give the day the report reached the office it is owed to; the evidence file (optional, at most \(maxUpload) KiB) is kept with its SHA-256. A second report corrects the first."
    }

    // MARK: - OutreachServer/Views/Pages+Import.swift

    public var importNomineesFromAFile: String { "Import nominees from a file" }
    public func uploadTheFilledNominationForm(_ base: String, _ maxUpload: Int) -> String {
        "Upload the filled nomination form (<a href=\"\(base)/phieu-dang-ky.xlsx\">download the form</a>) or an .xlsx/.csv list with a header row (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại…). The file is checked first and nothing is written; then you confirm the import. At most \(maxUpload) KiB."
    }
    public var fileXlsxOrCsv: String { "File (.xlsx or .csv)" }
    public var checkWritesNothing: String { "Check (writes nothing)" }
    public var errorInPageImport: String { "Error" }
    public var warning: String { "Warning" }
    public var severity: String { "Severity" }
    public var sheet: String { "Sheet" }
    public var row: String { "Row" }
    public var column: String { "Column" }
    public var message: String { "Message" }
    public var problems: String { "Problems" }
    public var errors: String { "errors" }
    public var add: String { "add" }
    public var replace: String { "replace" }
    public var update: String { "update" }
    public var change: String { "Change" }
    public var name: String { "Name" }
    public var role: String { "Role" }
    public func importPlanCounts(_ count: Int, _ count2: Int, _ count3: Int, _ count4: Int) -> String {
        "add \(count), replace \(count2), update \(count3), unchanged \(count4)"
    }
    public var nothingWasChangedCorrectThe: String { "Nothing was changed. Correct the file and upload it again." }
    public var dryRunNothingWritten: String { "Dry run, nothing written" }
    public var confirmImportExactlyThisFile: String { "Confirm: import exactly this file" }
    public var fileCheck: String { "File check" }
    public var uploadAnotherFile: String { "Upload another file" }
    public var back: String { "Back" }
    public func actorMayNotAsked(_ actor: String, _ asked: String) -> String {
        "\(actor) may not \(asked)."
    }
    public var anOfficeSeesAndChanges: String {
        "An office sees and changes only its own quotas and nominees and those of the units below it; the session's organiser sees everything."
    }
    public var nothingWasChanged: String { "Nothing was changed." }
    public var home: String { "Home" }
    public func downloadTheScoreSheetOf(_ code: String) -> String {
        "download the score sheet of bloc \(code)"
    }
    public func downloadTheWorkbooksOfPlan(_ code: String) -> String {
        "download the workbooks of plan \(code)"
    }
    public var doThis: String { "do this" }
    public func inSession(_ session: String) -> String {
        " in session \(session)"
    }
    public func confirmNomineeNumber(_ number: String) -> String {
        "confirm nominee \(number)"
    }
    public func withdrawNomineeNumber(_ number: String) -> String {
        "withdraw nominee \(number)"
    }
    public func replaceNomineeNumber(_ number: String) -> String {
        "replace nominee \(number)"
    }
    public func seeNomineeNumber(_ number: String) -> String {
        "see nominee \(number)"
    }
    public func nominateForTheQuotaOfUnit(_ unit: String) -> String {
        "nominate for the quota of \(unit)"
    }
    public func downloadTheNominationFormOf(_ unit: String) -> String {
        "download the nomination form of \(unit)"
    }
    public func importTheNomineesOfUnit(_ unit: String) -> String {
        "import the nominees of \(unit)"
    }
    public func reportTheFollowUpOf(_ unit: String) -> String {
        "report the follow-up of \(unit)"
    }
    public func seeTheQuotaAndNominees(_ unit: String) -> String {
        "see the quota and nominees of \(unit)"
    }
    public var downloadAnOfficesNominationForm: String { "download an office's nomination form" }
    public var downloadTheWorkbooks: String { "download the workbooks" }
    public func seeSession(_ session: String) -> String {
        "see session \(session)"
    }

    // MARK: - OutreachServer/Views/Pages+Nominees.swift

    public var fullName: String { "Full name" }
    public var position: String { "Position" }
    public var phone: String { "Phone" }
    public var workplacePickFromTheList: String {
        "Workplace (pick from the list or type the unit's name; blank for the office itself)"
    }
    public var searchYourUnitsPeopleName: String { "Search your units' people (name, workplace or phone)" }
    public var search: String { "Search" }
    public func nobodyMatchesEscape(_ escape: String) -> String {
        "Nobody matches “\(escape)”."
    }
    public var workplace: String { "Workplace" }
    public var nominateThisPerson: String { "Nominate this person" }
    public var withdrawnInPageNominees: String { " (withdrawn)" }
    public var holdsItWillBeReplaced: String { " (holds it: will be replaced)" }
    public var chooseAPlace: String { "— choose a place —" }
    public var theFirstWaiting: String { "The first waiting" }
    public var giveAPlaceToA: String { "Give a place to a reserve" }
    public var thePlaceOf: String { "The place of" }
    public var theReserveWhoTakesIt: String { "The reserve who takes it" }
    public var confirmAtOnce: String { "Confirm at once" }
    public var giveThePlace: String { "Give the place" }
    public var badRequest: String { "Bad request" }
    public var signInNeeded: String { "Sign-in needed" }
    public var notFound: String { "Not found" }
    public var notPossibleInTheCurrentState: String { "Not possible in the current state" }
    public var tooLarge: String { "Too large" }
    public var wrongKindOfContent: String { "Wrong kind of content" }
    public var theDataIsNotValid: String { "The data is not valid" }
    public var tooManyAttempts: String { "Too many attempts" }
    public var serverError: String { "Server error" }

    // MARK: - OutreachServer/Views/Pages+Organiser.swift

    public var dayInPageOrganiser: String { "Day" }
    public var confirmedInPageOrganiser: String { "Confirmed" }
    public var runningTotal: String { "Running total" }
    public var noConfirmationsYet: String { "No confirmations yet." }
    public var office: String { "Office" }
    public var required: String { "Required" }
    public var lateInPageOrganiser: String { "Late" }
    public var rate: String { "Rate" }
    public var noAttendanceRecordedYet: String { "No attendance recorded yet." }
    public func presentLateAbsent(_ present: Int, _ late: Int, _ absent: Int, _ unmarked: Int, _ rateAgainstQuota: String) -> String {
        "Present \(present), late \(late), absent \(absent), unmarked \(unmarked); rate against the quota \(rateAgainstQuota)."
    }
    public var noFollowUpDutiesOpened: String { "No follow-up duties opened yet." }
    public var completeWithLevelsBelow: String { "Complete (with levels below)" }
    public func reportedOwedDutiesPercent(_ reported: Int, _ owed: Int, _ percent: String, _ onTime: Int, _ late: Int, _ overdue: Int, _ missing: Int, _ reachedUnits: Int, _ reachedPeople: Int) -> String {
        "Reported \(reported)/\(counted(owed, "duty", "duties")) (\(percent)), on time \(onTime), late \(late), overdue \(overdue), missing \(missing); reached \(counted(reachedUnits, "unit", "units")), \(counted(reachedPeople, "person", "people"))."
    }
    public func paymentListNameExportPayment(_ name: String) -> String {
        "Payment list: \(name) (export payment)"
    }
    public var theSessionsExportsFolderHolds: String { "The session's exports folder holds no file yet." }
    public var confirmationsOverTime: String { "Confirmations over time" }
    public var attendance: String { "Attendance" }
    public var downloadWorkbooks: String { "Download workbooks" }
    public var eachWorkbookIsMadeAgain: String {
        "Each workbook is made again from the data as it stands, written into the exports folder as outreach export does, then downloaded. Each office's form is on that office's page."
    }
    public var eachOfficesNominationFormExport: String { "Each office's nomination form (export form)" }
    public func officesCountOfficesInvited(_ officesCount: Int) -> String {
        "\(counted(officesCount, "office", "offices")) invited"
    }
    public var downloadDocumentsWord: String { "Download documents (Word)" }
    public var eachDocumentIsWrittenAgain: String {
        "Each document is written again from the data as it stands, as outreach doc does, into the exports folder, then downloaded."
    }
    public var yearlyPlansAndBlocsWorkbooks: String { "Yearly plans and blocs: workbooks to download" }
    public var filesInTheSessionsExports: String { "Files in the session's exports folder" }

    // MARK: - OutreachServer/Views/Pages+PlanExports.swift

    public var planInPagePlanExports: String { "plan" }
    public var noPlanIssuedByYour: String { "No plan issued by your unit or a unit below it." }
    public var noBlocYourUnitMay: String { "No bloc your unit may see whole." }
    public var eachWorkbookIsMadeAgainFrom: String {
        "Each workbook is made again from the data as it stands, written into the exports folder as outreach export does, then downloaded. A plan's issuer and the units above it see the whole plan; a bloc's chair and deputy see the whole bloc."
    }
    public var yearlyPlans: String { "Yearly plans" }
    public var blocs: String { "Blocs" }

    // MARK: - OutreachServer/Views/Pages.swift

    public var enterTheAccessCodeThe: String {
        "Enter the access code the organiser sent your unit, or open the sign-in link and press Sign in."
    }
    public var accessCode: String { "Access code" }
    public var noNominationDeadline: String { "no nomination deadline" }
    public func leftDaysLeftBeforeThe(_ left: Int, _ day: String) -> String {
        "\(counted(left, "day", "days")) left before the deadline (\(day))"
    }
    public func todayIsTheNominationDeadline(_ day: String) -> String {
        "today is the nomination deadline (\(day))"
    }
    public func theNominationDeadlineHasPassed(_ day: String) -> String {
        "the nomination deadline has passed (\(day))"
    }
    public var yourUnitTakesPartIn: String { "Your unit takes part in no session yet." }
    public var myUnitsYearlyPlanReport: String { "My unit's yearly plan report-backs" }
    public var code: String { "Code" }
    public var title: String { "Title" }
    public var date: String { "Date" }
    public var deadline: String { "Deadline" }
    public func noneOver(_ over: Int) -> String {
        "None (\(over) over)"
    }
    public var none: String { "None" }
    public var nominatedInPage: String { "Nominated" }
    public var missingInPage: String { "Missing" }
    public var myUnitsNominees: String { "My unit's nominees" }
    public var quotasAndNominations: String { "Quotas and nominations" }
    public func totalRequiredNominated(_ required: Int, _ nominated: Int, _ confirmed: Int, _ missing: Int, _ complete: Int, _ officesCount: Int) -> String {
        "Total: required \(required), nominated \(nominated), confirmed \(confirmed), missing \(missing); \(complete)/\(counted(officesCount, "office", "offices")) complete."
    }
    public var confirm: String { "Confirm" }
    public var replaceInPage: String { "Replace" }
    public var reason: String { "Reason" }
    public var withdraw: String { "Withdraw" }
    public var no: String { "No." }
    public var statusInPage: String { "Status" }
    public var actions: String { "Actions" }
    public var notSaved: String { "Not saved" }
    public var correctItInTheForm: String { "correct it in the form" }
    public var seeItInItsRow: String { "see it in that row" }
    public var noNomineesYet: String { "No nominees yet." }
    public var quota: String { "Quota" }
    public var total: String { "Total" }
    public var nominees: String { "Nominees" }
    public var nominationForm: String { "Nomination form" }
    public var downloadTheNominationFormXlsx: String { "Download the nomination form (.xlsx)" }
    public var importAFilledFormOr: String { "Import a filled form or a list" }
    public var findSomeoneToNominate: String { "Find someone to nominate" }
    public var nominateSomeoneOrListA: String { "Nominate someone or list a reserve" }
    public var nominate: String { "Nominate" }
    public var listAsAReserveTakes: String { "List as a reserve (takes no place)" }

    // MARK: - OutreachServer/WebError.swift

    public var signInNeededSendThe: String { "sign-in needed: send the access code as Authorization: Bearer CODE" }
    public var theAccessCodeIsNot: String { "the access code is not valid; check it or ask for a new one" }
    public var theAccessCodeHasBeen: String { "the access code has been revoked; ask the organiser for a new one" }
    public func theAccessCodeExpiredAfter(_ numeric: String) -> String {
        "the access code expired after \(numeric); ask for a new one"
    }
    public var tooManyFailedSignIns: String { "too many failed sign-ins from this address; check the code (a right one still signs in) or try again in 15 minutes" }
    public var tooManyWrongAccessCodes: String {
        "too many wrong access codes from this address; check the code and try again in 15 minutes"
    }
    public var theFormIsStaleOr: String {
        "the form is stale or was not sent from this site (CSRF token missing); reload the page and send it again"
    }
    public func theBodyMustBeOf(_ expected: String) -> String {
        "the body must be of type \(expected)"
    }
    public func theJSONBodyCannotBe(_ place: (line: Int, column: Int)?) -> String {
        "the JSON body cannot be read (a JSON syntax error\(place.map { " at line \($0.line), column \($0.column)" } ?? ""))"
    }
    public var theJSONBodyIsMissing: String { "the JSON body is missing (the body is empty)" }
    public var theJSONBodyMustBe: String { "the JSON body must be an object {…}" }
    public func theBodyIsTooLarge(_ limit: Int) -> String {
        "the body is too large (at most \(limit) KiB)"
    }
    public func theFieldIsMissing(_ field: String) -> String {
        "the field “\(field)” is missing"
    }
    public var noSuchPage: String { "no such page" }
    public var yourUnitNeitherTakesPart: String { "your unit neither takes part in nor organises this session" }
    public var badRequestInWebError: String { "bad request" }
    public var serverErrorNothingWasChanged: String { "server error; nothing was changed, try again" }

    // MARK: - OutreachStore/AppDatabase+Access.swift

    public func isPastTodayIsRealTodayIso(_ realTodayIso: String) -> String {
        "is past (today is \(realTodayIso)); choose today or a later day"
    }
    public func grantAccessToUnit(_ unit: UnitCode) -> String {
        "grant access to \(unit)"
    }
    public func revokeTheAccessOfUnit(_ unit: UnitCode) -> String {
        "revoke the access of \(unit)"
    }

    // MARK: - OutreachStore/AppDatabase+Attendance.swift

    public func nomineeWhoseStatusCannotBeMarked(_ id: Int64, _ status: LocalizedText) -> String {
        "#\(id) is “\(status.en)” and cannot be marked"
    }
    public func recordAttendanceOfId(_ id: Int64) -> String {
        "record attendance of #\(id)"
    }
    public func isNotAPartOfThis(_ all: String) -> String {
        "is not a part of this session; parts: \(all)"
    }
    public func thisPartHasNotBeen(_ numeric: String) -> String {
        "this part has not been held yet (today \(numeric))"
    }
    public func nothingHeldYetToMark(_ today: String, _ starts: String) -> String {
        "no part of the session has been held by \(today) (it starts on \(starts)): there is nothing to mark yet"
    }
    public var thisPersonWasNominatedAfter: String { "this person was nominated after it" }
    public var aWalkInCanOnly: String { "a walk-in can only be present or late" }
    public var recordAWalkIn: String { "record a walk-in" }
    public var walkInNote: String { "Came without being nominated" }
    public var replaceNominees: String { "replace nominees" }

    // MARK: - OutreachStore/AppDatabase+AttendanceImport.swift

    public func importTheAttendanceOfCode(_ code: SessionCode) -> String {
        "import the attendance of \(code)"
    }
    public var isNotOnThisSessions: String {
        "is not on this session's list; record someone who came unannounced as a walk-in"
    }
    public var wasWithdrawnOrReplacedAnd: String { "was withdrawn or replaced and cannot be marked" }

    // MARK: - OutreachStore/AppDatabase+Authority.swift

    public func importTheNominationsOfOffice(_ office: UnitCode) -> String {
        "import the nominations of \(office)"
    }

    // MARK: - OutreachStore/AppDatabase+BlocChain.swift

    public func planTemplateCode(_ templateCode: UnitCode) -> String {
        "plan \(templateCode)"
    }
    public func blocCode(_ code: UnitCode) -> String {
        "bloc \(code)"
    }
    public func unitIsNotAMember(_ unit: UnitCode, _ code: UnitCode) -> String {
        "\(unit) is not a member of bloc \(code) (see the members of bloc \(code))"
    }
    public func issueTheCriteriaOfBloc(_ code: UnitCode) -> String {
        "issue the criteria of bloc \(code)"
    }
    public func blocCodeAlreadyHasFinal(_ code: UnitCode) -> String {
        "bloc \(code) already has final scores on its current scale: its criteria cannot change"
    }
    public func selfScoreUnitInBloc(_ unit: UnitCode, _ code: UnitCode) -> String {
        "self-score \(unit) in bloc \(code)"
    }
    public func recordCheckerSCrossCheck(_ unit: UnitCode, _ checker: UnitCode, _ code: UnitCode) -> String {
        "record \(checker)'s cross-check of \(unit) in bloc \(code)"
    }
    public func recordVoterSBallotIn(_ voter: UnitCode, _ code: UnitCode) -> String {
        "record \(voter)'s ballot in bloc \(code)"
    }
    public func isAfterTodayNumericOnly(_ numeric: String) -> String {
        "is after today (\(numeric)): only record meetings held"
    }
    public func recordAMeetingOfBloc(_ code: UnitCode) -> String {
        "record a meeting of bloc \(code)"
    }
    public func isNotInThePlans(_ year: Int) -> String {
        "is not in the plan's year \(year)"
    }
    public func blocFactsCodeHasNoScoring(_ factsCode: UnitCode) -> String {
        "bloc \(factsCode) has no scoring criteria yet"
    }

    // MARK: - OutreachStore/AppDatabase+Blocs.swift

    public func createBlocCode(_ code: UnitCode) -> String {
        "create bloc \(code)"
    }
    public func blocCodeExistsAlready(_ code: UnitCode) -> String {
        "bloc \(code) exists already"
    }
    public func addMembersToBlocCode(_ code: UnitCode) -> String {
        "add members to bloc \(code)"
    }
    public func scoreBlocCode(_ code: UnitCode) -> String {
        "score bloc \(code)"
    }
    public func blocCodeHasNoScoring(_ code: UnitCode, _ templateCode: UnitCode) -> String {
        "bloc \(code) has no scoring criteria yet (none issued by the bloc, none in plan \(templateCode))"
    }
    public func isNotACriterionOf(_ scaleOwner: LocalizedText, _ criteria: String) -> String {
        "is not a criterion of \(scaleOwner.en) (known: \(criteria))"
    }
    public func criterionTakesToPoints(_ criterion: Slug, _ points: Int) -> String {
        "criterion \(criterion) takes 0 to \(counted(points, "point", "points"))"
    }
    public func unitAlreadyBelongsToBloc(_ unit: UnitCode, _ other: String, _ plan: String) -> String {
        "\(unit) already belongs to bloc \(other) of plan \(plan)"
    }

    // MARK: - OutreachStore/AppDatabase+Budget.swift

    public var sessionActualTotal: String { "the session's actual total" }
    public func unitActualTotal(_ unit: String) -> String {
        "the actual total of \(unit)"
    }
    public func lineActualTotal(_ line: String) -> String {
        "the actual total of line \(line)"
    }
    public var notPaidLodging: String { "is not paid lodging" }
    public var notPaidPerDiem: String { "is not paid per diem" }
    public func lineIsPaidBy(_ line: Slug) -> String {
        "line \(line) is paid by the organiser: record it without a unit"
    }
    public func lineIsPaidByEach(_ line: Slug) -> String {
        "line \(line) is paid by each sending office: name the unit"
    }
    public var recordActualSpending: String { "record actual spending" }
    public func withItAnActualTotal(_ what: String, _ limit: String) -> String {
        "with it, an actual total (\(what)) would exceed \(limit) đồng, the most that can be written in words; nothing recorded"
    }
    public func totalWouldExceed(_ total: LocalizedText, _ limit: String) -> String {
        "with it, \(total.en) would exceed \(limit) đồng (the most that can be written in words); nothing recorded"
    }
    public func addedToGroupedIsToo(_ grouped: String, _ grouped2: String) -> String {
        "added to \(grouped) đồng is too large, at most \(grouped2) đồng"
    }
    public func isADivisionWithoutIts(_ name: String) -> String {
        "is a division without its own seal and accounts (\(name)): it neither pays nor settles; its people's costs are its parent's"
    }
    public func lineRefusedForOffice(_ refusal: LocalizedText, _ distance: String, _ rule: String) -> String {
        "\(refusal.en) (\(distance) from the province's centre; rule: \(rule))"
    }

    // MARK: - OutreachStore/AppDatabase+Cascade.swift

    public func openTheFollowUpOf(_ code: SessionCode) -> String {
        "open the follow-up of \(code)"
    }
    public func sessionCodeRequiresNoFollow(_ code: SessionCode) -> String {
        "session \(code) requires no follow-up (follow_up)"
    }
    public func cascadeGroupStaffOf(_ office: String) -> String {
        "Staff and teachers of \(office)"
    }
    public func cascadeGroupUnitsBelow(_ office: String) -> String {
        "Units under \(office)"
    }
    public func cascadeDutyTitle(_ session: String) -> String {
        "Hold the follow-up sessions and report the results (session \(session))"
    }
    public func theFollowUpDutiesOf(_ code: SessionCode, _ opened: String) -> String {
        "the follow-up duties of \(code) were opened on \(opened) and are fixed"
    }
    public func sessionCodeHasNotEnded(_ code: SessionCode, _ numeric: String) -> String {
        "session \(code) has not ended yet (ends \(numeric))"
    }
    public func sessionCodeHasNoAttendance(_ code: SessionCode) -> String {
        "session \(code) has no attendance, so no office is known to have attended; record attendance, or oblige every invited office"
    }
    public var mustBeBetweenAndInCascade: String { "must be between 1 and 366" }
    public func assignTheFollowUpDuties(_ parentCode: SessionCode) -> String {
        "assign the follow-up duties of \(parentCode) (the organiser opens the follow-up of \(parentCode) first)"
    }
    public func planTheFollowUpOf(_ unit: UnitCode) -> String {
        "plan the follow-up of \(unit)"
    }
    public func unitAlreadyPlannedFollowUp(_ unit: UnitCode, _ child: SessionCode, _ parentCode: SessionCode) -> String {
        "\(unit) already planned follow-up session \(child) for \(parentCode)"
    }
    public func isBeforeSessionParentCodeEnds(_ parentCode: SessionCode, _ numeric: String) -> String {
        "is before session \(parentCode) ends (\(numeric))"
    }
    public func isBeforeSessionCodeEnds(_ code: SessionCode, _ numeric: String) -> String {
        "is before session \(code) ends (\(numeric))"
    }
    public var reachedMustBeBetween0And10Million: String { "must be between 0 and 10000000" }
    public func dutyIdOfUnitIs(_ id: Int64, _ unit: UnitCode) -> String {
        "duty #\(id) of \(unit) is a plan's duty, not a follow-up; report it as a plan's duty"
    }
    public func reportOnDutyIdOf(_ id: Int64, _ unit: UnitCode) -> String {
        "report on duty #\(id) of \(unit)"
    }
    public func theReportOfUnitWas(_ unit: UnitCode, _ acceptedBy: String, _ numeric: String) -> String {
        "the report of \(unit) was accepted by \(acceptedBy) on \(numeric); reopen it (with a reason) before correcting"
    }
    public func unitHasNoFollowUp(_ unit: UnitCode) -> String {
        "\(unit) has no follow-up session (cascade plan), so there is no attendance to count"
    }
    public func sessionChildHasNoAttendance(_ child: SessionCode) -> String {
        "session \(child) has no attendance to count yet; mark the attendance of \(child) first, or give the day held and the units and people reached"
    }
    public var theDayItWasHeld: String {
        "the day it was held is needed (or counted from the follow-up session's attendance)"
    }
    public var theUnitsAndPeopleReached: String {
        "the units and people reached are needed (or counted from the follow-up session's attendance)"
    }
    public func isAfterTodayNumericOnlyReport(_ numeric: String) -> String {
        "is after today (\(numeric)): only report what was done"
    }
    public func isBeforeSessionSourceEnded(_ source: SessionCode) -> String {
        "is before session \(source) ended"
    }
    public func moreThanTheAudienceUnits(_ audienceUnits: Int, _ unit: UnitCode) -> String {
        "more than the \(counted(audienceUnits, "unit", "units")) \(unit) must reach"
    }
    public func acceptTheReportOfUnit(_ unit: UnitCode) -> String {
        "accept the report of \(unit)"
    }
    public func theReportOfUnitWasAlready(_ unit: UnitCode, _ numeric: String) -> String {
        "the report of \(unit) was already accepted on \(numeric)"
    }
    public func unitHasNotReportedYet(_ unit: UnitCode) -> String {
        "\(unit) has not reported yet; there is nothing to accept"
    }
    public var aReasonForReopeningIs: String { "a reason for reopening is needed" }
    public func reopenTheReportOfUnit(_ unit: UnitCode) -> String {
        "reopen the report of \(unit)"
    }
    public func theReportOfUnitIs(_ unit: UnitCode) -> String {
        "the report of \(unit) is not accepted; there is nothing to reopen"
    }
    public func noDutyNumberId(_ id: Int64) -> String {
        "no duty number \(id)"
    }
    public func unitOwesNoFollowUp(_ unit: UnitCode, _ code: SessionCode) -> String {
        "\(unit) owes no follow-up of session \(code) (see the follow-up status of \(code))"
    }
    public func sessionCodeIsNotThe(_ code: SessionCode) -> String {
        "session \(code) is not the follow-up session of any duty; name the parent session with the unit, or the duty number"
    }
    public var theGeneratedCodeIsOver: String { "the generated code is over 64 characters; give a shorter code" }

    // MARK: - OutreachStore/AppDatabase+Import.swift

    public func sameNameAndPhoneAs(_ name: String) -> String {
        "same name and phone as someone working in another office: taken as the same person, workplace now \(name)"
    }
    public func sameNameAndPhoneAsPerson(_ id: Int64, _ name: String, _ name2: String) -> String {
        "same name and phone as person #\(id) working at \(name): taken as the same person, workplace now \(name2)"
    }
    public func sameNameAndBirthYear(_ year: Int, _ id: Int64, _ name: String) -> String {
        "same name and birth year \(year) as person #\(id) (\(name)) but another phone: added as someone else, not merged; if it is one person make the phones match"
    }
    public func sameNameAsPersonId(_ id: Int64, _ name: String, _ phone: String) -> String {
        "same name as person #\(id) (\(name)\(phone)) but another phone or unit: added as someone else, not merged; check it"
    }
    public var changeNomineeDetails: String { "change nominee details" }
    public func samePhoneAsPrefilledBefore(_ prefilled: Int64, _ before: String) -> String {
        "same phone as #\(prefilled) \(before): taken as a corrected spelling of the name, not another person"
    }
    public func thisFormIsOutOf(_ id: Int64, _ change: LocalizedText, _ senderCode: String) -> String {
        "this form is out of date: nominee #\(id) on this row \(change.en) after the form was exported; export a new form for \(senderCode) and fill it in again"
    }
    public var formNomineeWithdrawn: String { "was withdrawn" }
    public var formNomineeReplaced: String { "was replaced" }
    public var formNomineeOnReserve: String { "is on the reserve list" }
    public var formNomineeHoldsNoPlace: String { "no longer holds the place" }

    // MARK: - OutreachStore/AppDatabase+Listing.swift

    public func seeTheNomineesOfOffice(_ office: UnitCode) -> String {
        "see the nominees of \(office)"
    }

    // MARK: - OutreachStore/AppDatabase+Maintenance.swift

    public func migrationMissingIsMissingWhile(_ missing: String) -> String {
        "migration “\(missing)” is missing while later ones are applied (the file was changed outside outreach)"
    }
    public func damagedStructureLine(_ line: String) -> String {
        "damaged structure: \(line)"
    }
    public func placeColumnFieldPointsTo(_ place: String, _ field: String, _ parent: String) -> String {
        "\(place): column \(field) points to a row missing from table \(parent)"
    }
    public var isAFolder: String { "is a folder" }
    public var isAnEmptyFileNot: String { "is an empty file, not an outreach database" }
    public var notAnOutreachDatabaseIt: String { "not an outreach database (it holds other tables)" }
    public var isTheDatabaseBeingBacked: String { "is the database being backed up" }
    public func destinationIsBesideItA(_ destination: String) -> String {
        "\(destination) is beside it (a database in use or not closed properly); choose another name"
    }

    // MARK: - OutreachStore/AppDatabase+Nominations.swift

    public var confirmNominees: String { "confirm nominees" }
    public func seeTheNomineesOfCode(_ code: SessionCode) -> String {
        "see the nominees of \(code)"
    }
    public func changeTheWorkplaceOrPosition(_ fullName: String) -> String {
        "change the workplace or position of \(fullName)"
    }
    public var aFullNameIsNeeded: String { "a full name is needed (or an existing person's number)" }
    public var theSendingOfficeOrThe: String { "the sending office or the workplace is needed" }
    public func lookUpNomineeRawKey(_ rawKey: String) -> String {
        "look up nominee “\(rawKey)”"
    }

    // MARK: - OutreachStore/AppDatabase+PlanActivities.swift

    public func isAfterTodayNumericOnlyRecord(_ numeric: String) -> String {
        "is after today (\(numeric)): only record what was done"
    }
    public func markActivityNumberOfPlan(_ number: Int, _ templateCode: UnitCode) -> String {
        "mark activity \(number) of plan \(templateCode) done"
    }
    public func planTemplateCodeHasNoActivity(_ templateCode: UnitCode, _ number: Int, _ numbers: String) -> String {
        "plan \(templateCode) has no activity number \(number) (known: \(numbers))"
    }
    public func isBeforeThePlansYear(_ year: Int) -> String {
        "is before the plan's year \(year)"
    }

    // MARK: - OutreachStore/AppDatabase+PlanDuties.swift

    public func blocCodeExistsAlreadyPlan(_ blocCode: UnitCode, _ owner: String) -> String {
        "bloc \(blocCode) exists already (plan \(owner))"
    }
    public func setTheDueDateOf(_ duty: Slug, _ periodCode: String, _ code: UnitCode) -> String {
        "set the due date of duty “\(duty)” for \(periodCode) of plan \(code)"
    }
    public func planCodeHasNoDuty(_ code: UnitCode, _ duty: Slug) -> String {
        "plan \(code) has no duty “\(duty)”"
    }
    public func dutyDoesNotRecur(_ duty: Slug) -> String {
        "duty “\(duty)” does not recur: its due date is the plan file's"
    }
    public func isNotAPeriodOf(_ duty: Slug, _ periods: String) -> String {
        "is not a period of duty “\(duty)” (known: \(periods))"
    }
    public func dueBeforePeriodBegins(_ period: DutyPeriod, _ numeric: String) -> String {
        "is before the \(periodName(period)) begins (\(numeric))"
    }
    public func periodReportAlreadyAccepted(_ period: DutyPeriod, _ unitCode: String) -> String {
        "the \(periodName(period)) report of \(unitCode) was accepted: reopen it before changing the due date"
    }
    public func isAfterTodayNumericOnlyRecordReports(_ numeric: String) -> String {
        "is after today (\(numeric)): only record reports received"
    }
    public func theReportOfUnitWasAccepted(_ unit: UnitCode, _ numeric: String, _ id: Int64) -> String {
        "the report of \(unit) was accepted on \(numeric); reopen duty #\(id) (with a reason) before correcting"
    }
    public func planCodeHasNoAward(_ code: UnitCode) -> String {
        "plan \(code) has no award rule (award_rule)"
    }
    public func noPlanDutyNumberId(_ id: Int64) -> String {
        "no plan duty number \(id)"
    }
    public func dutyNumberIdIsOwed(_ id: Int64, _ unitCode: String, _ unit: UnitCode) -> String {
        "duty number \(id) is owed by \(unitCode), not \(unit)"
    }
    public func dutyCodeRecursGiveThe(_ code: Slug, _ periods: String) -> String {
        "duty “\(code)” recurs: give the period (known: \(periods))"
    }
    public func dutyCodeDoesNotRecur(_ code: Slug) -> String {
        "duty “\(code)” does not recur"
    }
    public func planHasNoDuty(_ plan: UnitCode, _ code: Slug, _ known: String) -> String {
        "plan \(plan) has no duty “\(code)” (known: \(known))"
    }
    public func unitOwesNoCodeUnder(_ unit: UnitCode, _ code: Slug, _ plan: UnitCode) -> String {
        "\(unit) owes no “\(code)” under plan \(plan) (see the duties of plan \(plan))"
    }

    // MARK: - OutreachStore/AppDatabase+Plans.swift

    public func loadAPlanIssuedBy(_ issuer: UnitCode) -> String {
        "load a plan issued by \(issuer)"
    }

    // MARK: - OutreachStore/AppDatabase+Reserves.swift

    public var givePlacesToReserves: String { "give a place to a reserve" }

    public func idIsNotAReserve(_ id: Int64) -> String {
        "#\(id) is not a reserve"
    }
    public func isAReserveOfSenderCode(_ senderCode: String, _ senderCode2: String) -> String {
        "is a reserve of \(senderCode), not of \(senderCode2)"
    }

    // MARK: - OutreachStore/AppDatabase+Sessions.swift

    public func createSessionCode(_ sessionCode: SessionCode) -> String {
        "create session \(sessionCode)"
    }
    public var quotaCountRange: String { "must be between 0 and 10000" }
    public var changeQuotas: String { "change quotas" }
    public func severalSlotsOfUnitAccept(_ unit: UnitCode, _ matching: String) -> String {
        "several slots of \(unit) accept this role (\(matching))"
    }

    // MARK: - OutreachStore/AppDatabase+Units.swift

    public var loadUnits: String { "load units" }

    // MARK: - OutreachStore/AppDatabase+Visibility.swift

    public func seeSessionCodeTheUnit(_ code: SessionCode) -> String {
        "see session \(code) (the unit neither takes part in nor organises it)"
    }
    public func seeNomineeNumberInVisibility(_ number: Int64) -> String {
        "see nominee #\(number)"
    }
    public func searchThePeopleOfOffice(_ office: UnitCode) -> String {
        "search the people of \(office)"
    }

    // MARK: - OutreachStore/AppDatabase.swift

    public func schemaVersionThisVersion(_ version: Int, _ knownCount: Int) -> String {
        "schema version \(version), this version knows up to \(knownCount)"
    }
    public func unknownMigrationList(_ list: String) -> String {
        "unknown migration \(list)"
    }
    public var isAnEmptyFileNotA: String {
        "is an empty file, not a database yet; initialise (init) a database in it first"
    }
    public func madeByANewerVersion(_ detail: LocalizedText) -> String {
        "made by a newer version of outreach (\(detail.en)); update outreach to open it"
    }
    public func migrationMissingIsMissingWhileLater(_ missing: String) -> String {
        "migration “\(missing)” is missing while later ones are applied (the file was changed outside outreach); restore a backup"
    }
    public var notAnOutreachDatabaseItHolds: String {
        "not an outreach database (it holds other tables); choose another database file"
    }
    public func folderDirectoryDoesNotExist(_ directory: String) -> String {
        "folder \(directory) does not exist"
    }
    public var notAnOutreachDatabaseThe: String {
        "not an outreach database (the file is damaged or of another kind)"
    }
    public var theDatabaseFileIsDamaged: String { "the database file is damaged" }
    public var cannotBeOpenedCheckThe: String { "cannot be opened (check the folder exists and is writable)" }
    public var isReadOnly: String { "is read-only" }
    public var isBusyInAnotherProgram: String { "is busy in another program for too long; try again" }
    public var theDiskIsFull: String { "the disk is full" }

    // MARK: - OutreachStore/CommandContext.swift

    public var sameNameAsSomeoneIn: String {
        "same name as someone in another office: kept as someone else, not merged; check it"
    }
    public func sameNameAsPersonIdPlace(_ id: Int64, _ place: String, _ phone: String) -> String {
        "same name as person #\(id) (\(place)\(phone)) but another phone or unit: kept as someone else, not merged; check it"
    }

    // MARK: - OutreachStore/OutreachStorage+PlanVisibility.swift

    public func seeTheWholePlanCode(_ code: UnitCode) -> String {
        "see the whole plan \(code)"
    }
    public func seeTheWholeBlocCode(_ code: UnitCode) -> String {
        "see the whole bloc \(code)"
    }

    // MARK: - OutreachStore/OutreachStorage.swift

    public func seeTheQuotasOfCode(_ code: SessionCode) -> String {
        "see the quotas of \(code)"
    }

    // MARK: - outreach-server/OutreachServerCommand.swift

    public func portIsInUse(_ port: Int) -> String {
        "port \(port) is in use by another program; choose another --port or stop that one"
    }
    public func notAllowedToOpenPort(_ port: Int) -> String {
        "not allowed to open port \(port) (ports below 1024 need administrator rights); choose another --port"
    }
    public func thisMachineHasNoAddress(_ host: String) -> String {
        "this machine has no address \(host); check --host"
    }
    public func cannotOpenThePortError(_ error: String) -> String {
        "cannot open the port: \(error)"
    }
    public var errorInOutreachServerCommand: String { "error" }
    public func outreachServingPathAtScheme(_ path: String, _ scheme: String, _ host: String, _ port: Int) -> String {
        "outreach: serving \(path) at \(scheme)://\(host):\(port) (Ctrl-C to stop)\n"
    }
    public func cannotServeAtHostPort(_ host: String, _ port: Int, _ error: String) -> String {
        "cannot serve at \(host):\(port) (\(error))"
    }

    // MARK: - outreach/Commands/Access.swift

    public var giveAnOfficeItsOwn: String {
        "Give an office its own sign-in to the web server, list and revoke them."
    }
    public var eachOfficeGetsAToken: String {
        """
        Each office gets a token: a sign-in link for its browser and the same text as a
        code for the API (Authorization: Bearer CODE). Only its SHA-256 is kept in the
        database: the link is printed once, and a lost link is replaced by granting
        again (then revoke the old one).
        Example:
          outreach access grant PGD-BATXAT --expires 2022-05-31 \\
              --url https://tap-huan.example.vn
          outreach access list
          outreach access revoke PGD-BATXAT
        """
    }
    public var giveAUnitANew: String { "Give a unit a new sign-in link and code (printed once)." }
    public var theLinkOpensTheSign: String {
        """
        The link opens the sign-in page with the code filled in; the office presses
        "Đăng nhập". The unit sees and changes what `--as UNIT` would on the command
        line: its own quotas and people and those of the units below it (the organiser
        of a session sees all of it). --expires is the last day the code works
        (default: 60 days from today, on the real clock).
        Example: outreach access grant PGD-BATXAT --expires 2022-05-31 --json
        """
    }
    public var theUnitEGPGD: String { "The unit, e.g. PGD-BATXAT." }
    public var theLastDayTheCode: String {
        "The last day the code signs in, YYYY-MM-DD (default: 60 days from today)."
    }
    public var theServersAddressAsOffices: String {
        "The server's address as offices reach it (default: $OUTREACH_URL, else http://127.0.0.1:8080)."
    }
    public func expiresMustBeAReal(_ expires: String) -> String {
        "--expires must be a real date written YYYY-MM-DD, not “\(expires)”"
    }
    public var listTheSignInsGiven: String {
        "List the sign-ins given (never the codes): unit, state, expiry, last sign-in."
    }
    public var exampleOutreachAccessListJson: String { "Example: outreach access list --json" }
    public var revokeEverySignInOf: String {
        "Revoke every sign-in of a unit; its open browser sessions end at their next click."
    }
    public var exampleOutreachAccessRevokePGD: String { "Example: outreach access revoke PGD-BATXAT" }
    public func serverAddressRefused(_ option: String, _ raw: String, _ reason: LocalizedText) -> String {
        "\(option) “\(raw)” \(reason.en); for example: https://tap-huan.example.vn"
    }
    public var addressMustBeHTTP: String { "must be an http:// or https:// address" }
    public var addressHasNoHost: String { "has no host" }
    public var addressMustHaveNoQuery: String { "must have no ?…, #… or user name" }
    public var addressHasSpacesOrControl: String { "holds a space, a control character or a broken %… escape" }
    public var addressHasABadPort: String { "has a port outside 1–65535" }
    public func accessForUnitNumberId(_ unit: UnitCode, _ id: Int64) -> String {
        "Access for \(unit) (number \(id))"
    }
    public var signInLink: String { "  Sign-in link: " }
    public var codeInAccess: String { "  Code: " }
    public var expiresAfter: String { "  Expires after: " }
    public var theCodeIsPrintedThis: String { "The code is printed this once only; send it to the unit privately." }
    public var active: String { "active" }
    public var revoked: String { "revoked" }
    public var expired: String { "expired" }
    public func codeHadNoAccessIn(_ code: UnitCode) -> String {
        "\(code) had no access in force"
    }
    public func revokedCountAccessEsOf(_ count: Int, _ code: UnitCode) -> String {
        "Revoked \(count) access(es) of \(code)"
    }

    // MARK: - outreach/Commands/Attendance.swift

    public var recordWhoCamePerHalf: String {
        "Record who came (per half-day or day) and report attendance per office and role."
    }
    public var recordANomineeAsPresent: String {
        "Record a nominee as present, late, excused or absent, at one part or at every part."
    }
    public var partsAreHalfDaysAm: String {
        """
        Parts are half-days (2022-05-10:am, 2022-05-10:pm) or days (2022-05-10), as the
        session template says; without --part the mark applies to every part the nominee
        was expected at. A mark already there is replaced and the change audited. The
        status is a code (present, late, excused, absent) or the Vietnamese label the
        sign-in sheet uses (“Có mặt”, “Đến muộn”, “Vắng có phép”, “Vắng”).
        Example (on the demo):
          outreach attendance mark LCI-2022-TDKT "Triệu Thị Chi" late \\
            --part 2022-05-10:am --note "đến 8h20"
        """
    }
    public var presentLateExcusedOrAbsent: String { "present, late, excused or absent." }
    public var thePartDATEAmDATE: String { "The part: DATE:am, DATE:pm, or DATE for a whole day." }
    public var aNoteKeptWithThe: String { "A note kept with the mark." }
    public func partMustBeDATEAm(_ part: String) -> String {
        "--part must be DATE:am, DATE:pm or DATE (DD/MM/YYYY or YYYY-MM-DD), not “\(part)”"
    }
    public var recordSomeoneWhoCameWithout: String {
        "Record someone who came without being nominated: in a free place, or replacing a nominee."
    }
    public var thePersonIsAddedTo: String {
        """
        The person is added to their office's quota (or takes the place of --replaces)
        and marked as come; the nomination is noted as a walk-in. A full quota needs
        --replaces.
        Example (on the demo, on the day):
          outreach attendance walk-in LCI-2022-TDKT --today 2022-05-10 \\
            --works-at TH-BAOTHANG-SO1PHOLU --name "Hoàng Văn Thắng" --role giao-vien
        """
    }
    public var theSendingOfficeFoundFrom: String { "The sending office (found from --works-at when omitted)." }
    public var theNomineeWhosePlaceThe: String {
        "The nominee whose place the walk-in takes: number, phone or part of the name."
    }
    public var presentOrLate: String { "present or late." }
    public var thePartDATEAmDATEPm: String {
        "The part: DATE:am, DATE:pm, or DATE (default: every part held so far)."
    }
    public var giveUnitOrWorksAt: String { "give --unit or --works-at (or --replaces)" }
    public var attendancePerOfficePerRole: String {
        "Attendance per office, per role and in total, against the quota and the confirmed."
    }
    public var countedOverPersonPartsA: String {
        """
        Counted over person-parts: a nominee at a half-day. Someone nominated after a
        part was held is not expected at it.
        Example: outreach attendance report LCI-2022-TDKT --json
        """
    }
    public func seeTheAttendanceOfCode(_ code: SessionCode) -> String {
        "see the attendance of \(code)"
    }
    public func recordedWalkInIdName(_ id: Int64, _ name: String, _ sender: String) -> String {
        "Recorded walk-in #\(id) \(name) (\(sender))"
    }
    public var parts: String { "Parts: " }
    public func presentLateExcusedAndAbsent(_ partsCount: Int) -> String {
        "Present, late, excused and absent count marks (one person × one part); rates are against quota × \(counted(partsCount, "part", "parts"))."
    }
    public var byOffice: String { "By office" }
    public var byRole: String { "By role" }
    public var totalInAttendance: String { "Total" }

    // MARK: - outreach/Commands/AttendanceImport.swift

    public var importAttendanceFromATyped: String {
        "Import attendance from a typed-back sign-in sheet or a list (.xlsx or .csv)."
    }
    public var aListNeedsAName: String {
        """
        A list needs a name (or phone) column and a Trạng thái column (Có
        mặt, Đến muộn, Vắng có phép, Vắng), optionally Buổi (Sáng 10/05/2022
        or 2022-05-10:pm) and Ghi chú; without Buổi a mark counts for every
        part held. A sign-in sheet from export signin with its Ký tên column
        typed in counts a filled cell as present (or the status written
        there) and an empty one as absent, for the half-day given by --part
        (required when the session has several half-days, unless the sheet
        is named after one, "Sáng 10-05", or has a Buổi column). An empty
        Ký tên cell never replaces a mark already recorded (a late arrival
        or an excuse stays); a signature that changes a status drops the old
        status's note unless the sheet's Ghi chú gives one. Every row is checked as in
        nominee import: nothing is written if a row fails unless --partial.
        Example (on the demo, OUTREACH_TODAY=2022-05-10):
          outreach attendance import diem-danh.csv --session LCI-2022-TDKT
          outreach attendance import danh-sach-ky-ten.xlsx --session LCI-2022-TDKT \\
            --part 2022-05-10:am
        """
    }
    public var theXlsxOrCsvFile: String { "The .xlsx or .csv file." }
    public var theSession: String { "The session." }
    public var theHalfDayASign: String {
        "The half-day a sign-in sheet's Ký tên column is for: DATE:am, DATE:pm, or DATE."
    }
    public var checkAndShowWhatWould: String { "Check and show what would change; write nothing." }
    public var importTheValidRowsEven: String { "Import the valid rows even when others fail." }
    public func partCodeIsNotA(_ partCode: String, _ code: String, _ all: String) -> String {
        "--part \(partCode) is not a part of session \(code); parts: \(all)"
    }
    public func nameTheColumnDoesNot(_ name: String, _ code: String, _ partsCount: Int, _ all: String) -> String {
        "\(name): the Ký tên column does not say which part it is for and session \(code) has \(partsCount) parts; add --part (one of: \(all)); nothing written"
    }
    public var warningInAttendanceImport: String { "warning" }
    public func keptPeopleWithAnEmpty(_ kept: Int) -> String {
        "\(counted(kept, "person", "people")) with an empty Ký tên cell \(kept == 1 ? "was" : "were") already marked: their marks are kept"
    }
    public func markedUnchanged(_ marked: Int, _ unchanged: Int) -> String {
        "marked \(marked), unchanged \(unchanged)"
    }
    public func importedName(_ name: String) -> String {
        "Imported \(name): "
    }
    public var dryRunNothingWrittenInAttendanceImport: String { "Dry run, nothing written: " }

    // MARK: - outreach/Commands/Audit.swift

    public var showTheAuditTrailWho: String { "Show the audit trail: who changed what, when, and why." }
    public var listAuditLinesOldestFirst: String {
        "List audit lines, oldest first: time, acting unit, command, what changed, reason."
    }
    public var sessionKeepsTheLinesAbout: String {
        """
        --session keeps the lines about one session (its quotas, nominations,
        attendance, budget); --unit those about one unit (what it did with --as, its
        nominations, people and quotas); --since the lines from that day on (the day the
        rules used: --today, else the clock).
        Example:
          outreach audit list --session LCI-2022-TDKT --unit PGD-BATXAT \\
              --since 2022-05-01
        """
    }
    public var onlyLinesAboutThisSession: String { "Only lines about this session." }
    public var onlyLinesAboutThisUnit: String { "Only lines about this unit." }
    public var onlyLinesFromThisDay: String { "Only lines from this day on (DD/MM/YYYY or YYYY-MM-DD)." }
    public func entriesCountLines(_ entriesCount: Int) -> String {
        "\(counted(entriesCount, "line", "lines"))"
    }
    public var organiserInAudit: String { "(organiser)" }

    // MARK: - outreach/Commands/Bloc.swift

    public func selfScored(_ member: UnitCode, _ total: String, _ late: Bool) -> String {
        "\(member) self-scored \(total) points" + (late ? " (sent late)" : "")
    }
    public var emulationBlocsMembersTheBlocs: String {
        "Emulation blocs: members, the bloc's criteria, self-scores, cross-checks, the chair's scores, the vote, meetings."
    }
    public var createABlocOfA: String {
        "Create a bloc of a plan (blocs written in the plan file are created by plan import)."
    }
    public var theBlocIsScoredOn: String {
        """
        The bloc is scored on the plan's criteria. Only the plan's issuer may create
        one. A unit belongs to one bloc per plan; the chair and deputy are members.
        Example:
          outreach bloc create KHOI-CDCS --plan LCU-2022-TDKT-CD \\
            --name "Khối công đoàn cơ sở" --chair CDCS-TAMDUONG-UBND \\
            --deputy CDCS-TAMDUONG-TTYT --member CDCS-PHONGTHO-UBND
        """
    }
    public var theBlocsCode: String { "The bloc's code." }
    public var thePlanWhoseCriteriaThe: String { "The plan whose criteria the bloc scores on." }
    public var theBlocsName: String { "The bloc's name." }
    public var theChairUnit: String { "The chair unit (khối trưởng)." }
    public var theDeputyUnit: String { "The deputy unit (khối phó)." }
    public var furtherMembers: String { "Further members." }
    public var addMembersToABloc: String { "Add members to a bloc (the plan's issuer or the bloc's chair)." }
    public var exampleOutreachBlocAddKHOI: String {
        "Example: outreach bloc add KHOI-CDCS CDCS-GD-THPT-LCU CDCS-YTE-BVDK-LCU"
    }
    public var theUnitsToAdd: String { "The units to add." }
    public var recordAMembersPointsOn: String {
        "Record a member's points on one criterion (the bloc's chair or deputy)."
    }
    public var pointsRunFromToThe: String {
        """
        POINTS run from 0 to the criterion's maximum in the plan. Scoring the same
        criterion again corrects it; the earlier score is kept in the history and the
        audit log.
        Example:
          outreach bloc score KHOI-LDLD-CDN-CDVC LDLD-SINHO nhiem-vu 38 \\
              --as LDLD-TPLAICHAU
        """
    }
    public var theMemberScored: String { "The member scored." }
    public var theCriterionsCodeInThe: String { "The criterion's code in the plan." }
    public var thePoints: String { "The points." }
    public var isNotACriterionCode: String { "is not a criterion code (a–z, 0–9, dashes)" }
    public var issueTheBlocsOwnCriteria: String {
        "Issue the bloc's own criteria and scale from a YAML file (the bloc's chair or deputy)."
    }
    public var theFileHasTheKeys: String {
        """
        The file has the keys of a bloc's scale: in a plan file: criteria (code, name,
        points), tie_break, self_score_due (when self-scores reach the chair), basis. A
        bloc without its own criteria scores on the plan's. With its own, members
        self-score and are cross-checked before the chair scores.
        Example:
          outreach bloc criteria KHOI-XA-PHUONG tieu-chi.yaml --as UBND-BICHDONG
        """
    }
    public var theCriteriaFileYAML: String { "The criteria file (YAML)." }
    public var aMembersSelfScoreAgainst: String {
        "A member's self-score against the bloc's criteria, sent to the chair (after the due date it is recorded late)."
    }
    public var eachCriterionOnceAsCode: String {
        """
        Each criterion once, as code=points. It is sent today (--today). Only the unit
        itself (or the plan's issuer) may send it.
        Example:
          outreach bloc self-score KHOI-XA-PHUONG UBND-NENH nhiem-vu=55 phong-trao=18 \\
              bao-cao=9 --as UBND-NENH
        """
    }
    public var theMemberScoringItself: String { "The member scoring itself." }
    public var pointsPerCriterionCodePoints: String { "Points per criterion: code=points." }
    public var aCrossCheckOneMember: String {
        "A cross-check: one member checks another's evidence, recording the points it finds and a remark."
    }
    public var afterTheMemberCheckedSent: String {
        """
        After the member checked sent its self-score, before the chair scores. The chair
        or deputy (who organise the cross-checks) or the checking member records it.
        Example:
          outreach bloc check KHOI-XA-PHUONG UBND-NENH \\
              --by UBND-HONGTHAI nhiem-vu=52 phong-trao=18 bao-cao=9 \\
            --remark "Thiếu minh chứng chỉ tiêu 3" --as UBND-BICHDONG
        """
    }
    public var theMemberChecked: String { "The member checked." }
    public var theCheckingMember: String { "The checking member." }
    public var aRemark: String { "A remark." }
    public var checkedPointsPerCriterionCode: String { "Checked points per criterion: code=points." }
    public var aMembersBallotInThe: String {
        "A member's ballot in the bloc's vote (bình xét, suy tôn): the units it proposes for awards."
    }
    public var onlyOnceEveryMemberHas: String {
        """
        Only once every member has its final score. A new ballot replaces the member's
        last. A unit is proposed when more than half of the members vote for it (the
        text sets no share [M]). No unit named: a ballot proposing nobody.
        Example:
          outreach bloc vote KHOI-XA-PHUONG UBND-NENH UBND-BICHDONG UBND-HONGTHAI \\
              --as UBND-NENH
        """
    }
    public var theVotingMember: String { "The voting member." }
    public var theUnitsProposed: String { "The units proposed." }
    public var recordAMeetingOfThe: String {
        "Record a meeting of the bloc (compact signing, quarterly, six-month, year-end) with its day and who attended."
    }
    public var kindCompactQuarterlySixMonth: String {
        """
        KIND: compact, quarterly, six-month, year-end. Members not in --present were
        absent.
        Example:
          outreach bloc meeting KHOI-XA-PHUONG quarterly --on 2024-06-20 \\
              --present UBND-BICHDONG UBND-NENH --as UBND-BICHDONG
        """
    }
    public var theKindOfMeeting: String { "The kind of meeting." }
    public var theDayHeldYYYYMM: String { "The day held (YYYY-MM-DD or DD/MM/YYYY)." }
    public var theMembersPresent: String { "The members present." }
    public var aNote: String { "A note." }
    public func mustBeAllCases(_ allCases: String) -> String {
        "must be \(allCases)"
    }
    public var aBlocsMembersRankedBy: String {
        "A bloc's members ranked by total score, ties broken by the plan's tie_break criteria and explained."
    }
    public var exampleOutreachBlocShowKHOI: String { "Example: outreach bloc show KHOI-LDLD-CDN-CDVC" }
    public var theBlocsOfAPlan: String { "The blocs of a plan." }
    public var exampleOutreachBlocListLCU: String { "Example: outreach bloc list LCU-2022-TDKT-CD" }
    public var thePlanCode: String { "The plan code." }
    public var aBlocsScoreSheetPoints: String {
        "A bloc's score sheet: points per criterion, live totals and ranks, ties explained."
    }
    public var exampleWritesExportsKHOILDLD: String {
        """
        Example (writes exports/KHOI-LDLD-CDN-CDVC/cham-diem.xlsx):
          outreach export bloc KHOI-LDLD-CDN-CDVC --today 2022-12-20
        """
    }
    public var writeCriterionCodePointsE: String { "write criterion-code=points, e.g. nhiem-vu=55" }
    public func criterionCodeIsGivenTwice(_ code: Slug) -> String {
        "criterion \(code) is given twice"
    }
    public func createdBlocViewCodeStandingsCountMembers(_ viewCode: UnitCode, _ standingsCount: Int) -> String {
        "Created bloc \(viewCode): \(standingsCount) members."
    }
    public func blocViewCodeHasStandingsCountMembers(_ viewCode: UnitCode, _ standingsCount: Int) -> String {
        "Bloc \(viewCode) has \(counted(standingsCount, "member", "members"))."
    }
    public func memberSlugPointsTotal(_ member: UnitCode, _ slug: Slug, _ points: Int, _ standing: Int, _ standing2: Int) -> String {
        "\(member): \(slug) = \(points) points; total \(standing), rank \(standing2)"
    }
    public func blocViewCodeCriteriaCountCriteriaTotal(_ viewCode: UnitCode, _ criteriaCount: Int, _ total: Int) -> String {
        "Bloc \(viewCode): \(counted(criteriaCount, "criterion", "criteria")), \(counted(total, "point", "points")) at most."
    }
    public func memberCrossCheckedCheckPoints(_ member: UnitCode, _ check: Int, _ selfScores: Int) -> String {
        "\(member): cross-checked \(check) points (self-scored \(selfScores))"
    }
    public func blocViewCodeBallotsCountStandingsCountMembers(_ viewCode: UnitCode, _ ballotsCount: Int, _ standingsCount: Int) -> String {
        "Bloc \(viewCode): \(ballotsCount)/\(counted(standingsCount, "member", "members")) have voted."
    }
    public func blocCountOfHeld(_ label: LocalizedText, _ viewCode: UnitCode, _ held: Int, _ held2: Int) -> String {
        "\(label.en) of bloc \(viewCode): \(held) present, \(held2) absent"
    }
    public func chairChair(_ chair: UnitCode) -> String {
        "  Chair \(chair)"
    }
    public func deputyOfBloc(_ v0: UnitCode) -> String {
        ", deputy \(v0)"
    }
    public func planTemplateCodeInBloc(_ templateCode: UnitCode) -> String {
        " – plan \(templateCode)"
    }
    public var theBlocsOwnCriteria: String { "  The bloc's own criteria" }
    public func selfScoresDueNumeric(_ numeric: String) -> String {
        ", self-scores due \(numeric)"
    }
    public var rank: String { "Rank" }
    public var unit: String { "Unit" }
    public var selfText: String { "Self" }
    public var checked: String { "Checked" }
    public var votes: String { "Votes" }
    public var proposedInBloc: String { "Proposed" }
    public var lateInBloc: String { " (late)" }
    public var yes: String { "yes" }
    public var noInBloc: String { "no" }
    public func unitNameCrossCheckedByChecker(_ unitName: String, _ checker: String, _ remark: String) -> String {
        "  \(unitName): cross-checked by \(checker): \(remark)"
    }
    public var proposedWhen: String { "  Proposed when: " }
    public func presentCountPresentAbsent(_ presentCount: Int) -> String {
        "\(presentCount) present, absent: "
    }
    public func wrotePathStandingsCountUnits(_ path: String, _ standingsCount: Int) -> String {
        "Wrote \(path) (\(standingsCount) units)"
    }

    // MARK: - outreach/Commands/Budget.swift

    public var estimateASessionsBudgetFrom: String {
        "Estimate a session's budget from its facts and record what was really spent."
    }
    public var theLinesComeFromThe: String {
        """
        The lines come from the session template's `budget:` section
        (Templates/README.md, "Budget"); prices from Templates/rates/ on the session's
        first day or the organiser's own figures.
        Example:
          outreach budget estimate LCI-2022-TDKT
          outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
              --note "Hóa đơn số 123"
          outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
          outreach budget show LCI-2022-TDKT
        """
    }
    public var theFolderOfRateTables: String {
        """
        The folder of rate tables (default: Templates/rates in the current folder, else the Templates/rates \
        of the project the outreach binary was built in).
        """
    }
    public var showTheEstimateOrganiserLines: String {
        "Show the estimate: organiser lines, sending-unit lines summed, and what each office pays."
    }
    public var participantsAreEveryOfficesRequired: String {
        """
        Participants are every office's required places (the quota) while nominations
        are open on --today (up to the nomination deadline), then the confirmed
        nominees. Only the estimate: actuals and differences are shown by `budget show`.
        Example:
          outreach budget estimate LCI-2022-TDKT --json
        """
    }
    public var recordWhatWasReallySpent: String {
        "Record what was really spent on one budget line (replaces an earlier figure, or --add; audited)."
    }
    public var theAmountIsWholeOr: String {
        """
        The amount is whole đồng: 4500000, 4.500.000 or 4,500,000. An organiser line
        is recorded for the whole session; a sending-unit line (per diem, lodging,
        travel) for one invited office with --unit. A second figure for the same line
        replaces the first, and the message names the figure it replaced; with --add
        it is a further invoice added to the line (amounts summed, notes joined with
        "; "), in one audited transaction. --add adds to the recorded figure only, not
        to a figure the settlement derives from attendance. Until an office records a
        per-person line, its settlement counts the people who actually came
        (attendance). A figure for an invited office nobody was confirmed from is kept
        and settled against an estimate of 0. With --as, only the organiser, the
        session's funding division (funded_by) or, for its own lines, the office
        itself may record.
        Example:
          outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
              --note "Hóa đơn số 123" --as PHONG-KHTC
          outreach budget actual LCI-2022-TDKT hoi-truong 100.000 --add \\
              --note "Hóa đơn số 124" --as PHONG-KHTC
          outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
        """
    }
    public var theBudgetLineCodeE: String { "The budget line code, e.g. hoi-truong." }
    public var theAmountIn: String { "The amount in đồng." }
    public var whatTheFigureIsInvoice: String { "What the figure is (invoice number, reason for a difference)." }
    public var theSendingOfficeWhoseSpending: String {
        "The sending office whose spending this is (sending-unit lines only), e.g. PGD-BATXAT."
    }
    public var addTheAmountToThe: String {
        "Add the amount to the figure already recorded for the line (a further invoice) instead of replacing it."
    }
    public func giveOneAmountSuchAs(_ amountWords: String) -> String {
        "Give one amount, such as 4500000, not “\(amountWords)”"
    }
    public var isNotABudgetLine: String { "is not a budget line code (a–z, dashes; see: outreach budget show)" }
    public var estimateActualAndDifferencePer: String {
        "Estimate, actual and difference per line and in total (the settlement, quyết toán)."
    }
    public var exampleOutreachBudgetShowLCI: String {
        """
        Example:
          outreach budget show LCI-2022-TDKT
        """
    }
    public func budgetEstimateOfSessionCodeParticipants(_ sessionCode: SessionCode, _ participants: Int64, _ label: String, _ days: Int) -> String {
        "Budget estimate of \(sessionCode): \(counted(participants, "person", "people")) (\(label)), \(days) day(s)"
    }
    public var budgetLine: String { "budget line" }
    public var amount: String { "amount" }
    public func addedToActualLineOffice(_ line: Slug, _ office: String, _ grouped: String, _ grouped2: String, _ total: String) -> String {
        "Added to actual \(line)\(office): \(grouped) + \(grouped2) = \(total) đồng"
    }
    public func recordedActualLineOfficeTotal(_ line: Slug, _ office: String, _ total: String, _ named: String) -> String {
        "Recorded actual \(line)\(office): \(total) đồng, replacing \(named); to add an invoice, use --add"
    }
    public func amountWithNote(_ grouped: String, _ note: String?) -> String {
        "\(grouped) đồng" + (note.map { " (\($0))" } ?? "")
    }
    public func recordedActualLineOfficeTotalInBudget(_ line: Slug, _ office: String, _ total: String) -> String {
        "Recorded actual \(line)\(office): \(total) đồng"
    }
    public func estimateAndActualsOfSessionCode(_ sessionCode: SessionCode) -> String {
        "Estimate and actuals of \(sessionCode)"
    }
    public var organiserPays: String { "Organiser pays:      " }
    public var sendingUnitsPay: String { "Sending units pay:   " }
    public var totalInBudget: String { "Total:               " }
    public var inWords: String { "In words: " }
    public var actual: String { "Actual:              " }
    public var difference: String { "Difference:          " }

    // MARK: - outreach/Commands/Cascade.swift

    public var followUpCascadesDutiesPer: String {
        "Follow-up cascades (tuyên truyền lại): duties per office, child sessions, reports, roll-up."
    }
    public var afterASessionIsHeld: String {
        """
        After a session is held, `cascade open` gives each attending office one
        follow-up duty, due as the template's follow_up says, with its audience counted
        that day (fixed from then on). Each office plans its own session (`cascade
        plan`), which may require a follow-up in turn, to any depth, and reports back
        (`cascade report`); the office above accepts the report, which locks it. Status
        on a day (--today): due (until the due date, inclusive), on-time (held on or
        before the due date), late (held after it), overdue (not reported after the due
        date), missing (not reported after the closing date, due + missing_after_days,
        default 30).
        """
    }
    public var theSessionTheDutyComes: String {
        "The session the duty comes from (with --unit), or the follow-up session planned for it."
    }
    public var theOfficeThatOwesThe: String { "The office that owes the follow-up." }
    public var theDutyNumberAsIn: String { "The duty number (as in cascade status --json)." }
    public var nameTheDutySESSIONUnit: String { "name the duty: SESSION [--unit CODE], or --duty N" }
    public var dutyAndUnitDoNot: String { "--duty and --unit do not go together" }
    public var fixTheFollowUpDuties: String {
        "Fix the follow-up duties of a held session: one per attending office."
    }
    public var officesWithAtLeastOne: String {
        """
        Offices with at least one person present or late owe a follow-up; with
        --invited, every invited office does (for sessions whose attendance is not
        kept); follow_up.kinds limits it to some kinds of office. Done once; `cascade
        plan` does it by itself on first use. The session is marked held.
        Example (on the demo database, after the session):
          outreach cascade open LCI-2022-TDKT --today 2022-05-11
        """
    }
    public var obligeEveryInvitedOfficeNot: String { "Oblige every invited office, not only those that attended." }
    public var createAnOfficesOwnSession: String {
        "Create an office's own session to re-run a session for its units (the child session)."
    }
    public var theChildInheritsTitleTopic: String {
        """
        The child inherits title, topic, content and roles; each unit directly under the
        office gets a quota of --per-unit places (the office's own staff when it has no
        units below). --follow-up-days or --follow-up-due makes the child require a
        follow-up in turn (--audience subordinate-units or people), so the cascade goes
        on: Sở → Phòng → trường.
        Example:
          outreach cascade plan LCI-2022-TDKT --unit PGD-BATXAT --as PGD-BATXAT \\
            --date 2022-05-25 --venue "Hội trường Phòng GD&ĐT Bát Xát" --per-unit 2 \\
            --follow-up-days 20 --audience people
        """
    }
    public var theParentSessionCode: String { "The parent session code." }
    public var theOfficeThatReRuns: String { "The office that re-runs the session." }
    public var theDayTheChildSession: String { "The day the child session starts, DD/MM/YYYY or YYYY-MM-DD." }
    public var whereItIsHeld: String { "Where it is held." }
    public var thePlaceInTheDate: String { "The place in the date line (default: the office's district)." }
    public var theChildSessionsCodeDefault: String { "The child session's code (default: PARENT-UNIT)." }
    public var daysItLasts: String { "Days it lasts." }
    public var placesPerInvitedUnit: String { "Places per invited unit." }
    public var rolesThePlacesAcceptCodes: String {
        "Roles the places accept (codes or names), comma-separated (default: every role of the parent)."
    }
    public var theChildRequiresAFollow: String { "The child requires a follow-up due N days after it ends." }
    public var theChildRequiresAFollowUp: String { "The child requires a follow-up due on this date." }
    public var whomTheChildsFollowUp: String { "Whom the child's follow-up must reach: subordinate-units or people." }
    public var giveFollowUpDaysOr: String { "give --follow-up-days or --follow-up-due, not both" }
    public var followUpDaysMustBe: String { "--follow-up-days must be 0…3650" }
    public var audienceNeedsFollowUpDays: String { "--audience needs --follow-up-days or --follow-up-due" }
    public var reportAFollowUpAs: String {
        "Report a follow-up as held, with the units and people reached; again to correct it."
    }
    public var theFiguresAreTypedOr: String {
        """
        The figures are typed, or counted from the child session's attendance
        (--from-attendance: units that sent someone present or late, and those people).
        A second report corrects the first: both are kept, and the audit log shows the
        change. An accepted report is locked until reopened.
        Examples:
          outreach cascade report LCI-2022-TDKT-PGD-BATXAT --as PGD-BATXAT \\
            --held 2022-05-25 --reached-units 11 --reached-people 22
          outreach cascade report LCI-2022-TDKT --unit PGD-SIMACAI --held 2022-06-14 \\
            --reached-units 10 --reached-people 41
        """
    }
    public var theDayTheFollowUp: String { "The day the follow-up was held, DD/MM/YYYY or YYYY-MM-DD." }
    public var unitsReachedInCascade: String { "Units reached." }
    public var peopleReachedInCascade: String { "People reached." }
    public var countUnitsAndPeopleFrom: String { "Count units and people from the child session's attendance." }
    public var aNoteKeptWithTheReport: String { "A note kept with the report." }
    public var giveHeldReachedUnitsAnd: String {
        "give --held, --reached-units and --reached-people, or --from-attendance"
    }
    public var acceptAnOfficesReportThe: String {
        "Accept an office's report (the office it is owed to): locks it until reopened."
    }
    public var exampleOutreachCascadeAcceptLCI: String {
        """
        Example: outreach cascade accept LCI-2022-TDKT --unit PGD-BATXAT --as SGDDT-LCI
        """
    }
    public var reopenAnAcceptedReportSo: String {
        "Reopen an accepted report so it can be corrected; the reason is kept in the audit log."
    }
    public var exampleOutreachCascadeReopenLCI: String {
        """
        Example: outreach cascade reopen LCI-2022-TDKT --unit PGD-BATXAT --reason "sai
        số người"
        """
    }
    public var whyTheReportIsReopened: String { "Why the report is reopened (required)." }
    public func openedDutiesCountFollowUpDuties(_ dutiesCount: Int, _ due: String) -> String {
        "Opened \(dutiesCount) follow-up duties, due \(due)"
    }
    public func createdSessionCodeOnNumeric(_ sessionCode: SessionCode, _ numeric: String, _ id: Int64, _ unit: UnitCode, _ numeric2: String, _ quotas: Int) -> String {
        "Created session \(sessionCode) on \(numeric) for duty #\(id) of \(unit) (due \(numeric2)), inviting \(quotas) units"
    }
    public func unitReportSaved(_ corrected: Bool, _ unit: UnitCode, _ numeric: String, _ reachedUnits: Int, _ audienceUnits: Int, _ reachedPeople: Int, _ label: String) -> String {
        "\(corrected ? "Corrected" : "Recorded") the report of \(unit): held \(numeric), \(reachedUnits)/\(counted(audienceUnits, "unit", "units")), \(counted(reachedPeople, "person", "people")) – \(label)"
    }
    public func acceptedTheReportOfUnit(_ unit: UnitCode, _ id: Int64) -> String {
        "Accepted the report of \(unit) (duty #\(id))"
    }
    public func reopenedTheReportOfUnit(_ unit: UnitCode, _ id: Int64) -> String {
        "Reopened the report of \(unit) (duty #\(id))"
    }

    // MARK: - outreach/Commands/CascadeStatus.swift

    public var officesCounted: String { "offices" }
    public var dutiesCounted: String { "duties" }
    public var theFollowUpTreeOf: String {
        "The follow-up tree of a session on a day: each office's status and the roll-up at every level."
    }
    public var completenessIsReportsOverDuties: String {
        """
        Completeness is reports over duties owed (each office counted once, never over
        100 %); timeliness is on-time over reported; units and people reached against
        the audience fixed when the duties were opened. The roll-up of a row covers it
        and everything below.
        Examples (on the demo):
          outreach cascade status LCI-2022-TDKT --today 2022-07-15
          outreach cascade status LCI-2022-TDKT --level 1 --json
        """
    }
    public var showTheTreeDownTo: String { "Show the tree down to this level (1 = the offices that attended)." }
    public var levelMustBeOrMore: String { "--level must be 1 or more" }
    public var theOfficesStillOwingA: String {
        "The offices still owing a follow-up report, with contacts, as CSV or xlsx for a mail merge."
    }
    public var listsEveryDutyNotDone: String {
        """
        Lists every duty not done on --today (due, overdue, missing) in tree order.
        Prints CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese) unless
        -o names a .csv or .xlsx file. The xlsx holds the mail-merge table ("Nhắc báo
        cáo") and a sheet to print ("Bản in"): the header, one block per office, the
        signatures, A4 landscape.
        Examples:
          outreach cascade remind LCI-2022-TDKT --today 2022-07-01 \\
              -o exports/nhac-bao-cao.xlsx
          outreach cascade remind LCI-2022-TDKT --level 1 > nhac.csv
        """
    }
    public var onlyDutiesDownToThis: String { "Only duties down to this level." }
    public var writeToFILECsvOr: String { "Write to FILE.csv or FILE.xlsx instead of printing CSV." }
    public var oMustNameACsv: String { "-o must name a .csv or .xlsx file" }
    public var theFollowUpWorkbookThe: String {
        "The follow-up workbook: the cascade tree with collapsible levels, live totals, marks, a chart."
    }
    public var oneRowPerOfficeOwing: String {
        """
        One row per office owing a follow-up, grouped under the office above (Excel's
        +/– buttons open and close each level); late, overdue and missing rows coloured;
        totals per level and overall as live formulas; completeness per district on its
        own sheet, with a chart.
        Example (writes exports/LCI-2022-TDKT/tuyen-truyen-lai.xlsx):
          outreach export cascade LCI-2022-TDKT --today 2022-07-15
        """
    }
    public func followUpOfSession(_ session: SessionCode, _ numeric: String) -> String {
        "Follow-up of session \(session), as of \(numeric)"
    }
    public func noDutiesYetOutreachCascade(_ session: SessionCode) -> String {
        "No duties yet (outreach cascade open \(session))"
    }
    public func noDutiesSeenBy(_ session: SessionCode, _ unit: UnitCode) -> String {
        "No follow-up duty of session \(session) is one \(unit) may see (its own or those of the units below it)"
    }
    public var accepted: String { " (accepted)" }
    public func guessedOfficesNoUnitOf(_ guessed: Int) -> String {
        "* \(counted(guessed, "office", "offices")): no unit of theirs had a staff figure (staff in the units file) when the duty was fixed, so the people to reach are only those already in the database"
    }
    public func wrotePathNodesCountOffices(_ path: String, _ nodesCount: Int) -> String {
        "Wrote \(path) (\(nodesCount) offices)"
    }
    public func wroteCounted(_ output: String, _ count: Int, _ counted: LocalizedText) -> String {
        "Wrote \(output) (\(count) \(counted.en))"
    }

    // MARK: - outreach/Commands/Database.swift

    public var backUpAndCheckThe: String { "Back up and check the database file." }
    public var bothCommandsOpenTheDatabase: String {
        """
        Both commands open the database read-only: they never change or upgrade it, so
        they are safe while offices keep working, on a damaged file, and before
        installing a new version.
        """
    }
    public var copyTheDatabaseIntoA: String {
        "Copy the database into a new file while others keep working (SQLite online backup)."
    }
    public var theCopyHoldsEveryChange: String {
        """
        The copy holds every change committed before it was taken, even with other
        commands running. It is written under a hidden temporary name beside FILE and
        renamed when complete, so a failed or interrupted backup leaves no FILE. An
        existing FILE is kept (exit 4) unless --force. To restore, use the copy as --db,
        or copy it over the database when no one is working.
        Example (a dated copy before the deadline):
          outreach db backup sao-luu/outreach-2022-05-05.sqlite
        """
    }
    public var theFileToCreateE: String { "The file to create, e.g. sao-luu/outreach-2022-05-05.sqlite." }
    public var replaceFILEIfItAlready: String { "Replace FILE if it already exists." }
    public var checkTheDatabaseFileIs: String {
        "Check the database file is whole: SQLite's integrity check and every link between tables."
    }
    public var runsPRAGMAIntegrityCheckAnd: String {
        """
        Runs PRAGMA integrity_check and PRAGMA foreign_key_check. Prints "ok" and exits
        0 when the file is healthy; otherwise prints each problem and exits 5. If
        problems are found, stop working on the file and restore the latest backup
        (outreach db backup).
        Example:
          outreach db check --db outreach.sqlite
        """
    }
    public func problemsFoundProblemsCountListedAbove(_ problemsCount: Int) -> String {
        "problems found: \(problemsCount) (listed above); restore the latest backup"
    }
    public func backedUpSourceToFile(_ source: String, _ file: String, _ size: String) -> String {
        "Backed up \(source) to \(file) (\(size))"
    }

    // MARK: - outreach/Commands/Demo.swift

    public var buildAFreshDemoDatabase: String {
        "Build a fresh demo database from Templates/ (Lào Cai 2022) and write its exports."
    }
    public var importsTheUnitsCreatesSession: String {
        """
        Imports the units, creates session LCI-2022-TDKT, invents a deterministic set of
        nominees (a few offices short, a few nominees unconfirmed), records their
        attendance on the day, and writes the sign-in sheet, nominee list and budget
        estimate. Only a database made by `outreach demo` is ever replaced, and one
        worked in since (nominees added, attendance marked…) only with --force: without
        it the command says what would be lost and changes nothing (exit 4).
        Example:
          outreach demo --db outreach.sqlite \\
            --templates Templates --exports exports
        """
    }
    public var theTemplatesFolder: String { "The templates folder." }
    public var theExportsFolder: String { "The exports folder." }
    public var replaceADemoDatabaseEven: String { "Replace a demo database even when changes were made in it since." }
    public var rebuildTheDemoDatabase: String { "rebuild the demo database" }
    public var backUpTheDatabase: String { "back up the database" }
    public func demoDatabasePath(_ path: String) -> String {
        "Demo database: \(path)"
    }
    public func sessionCodeTitle(_ sessionCode: SessionCode, _ title: String) -> String {
        "Session \(sessionCode): \(title)"
    }
    public func statusesCountOfficesRequiredPlacesNominated(_ statusesCount: Int, _ required: Int, _ nominated: Int, _ confirmed: Int, _ missing: Int) -> String {
        "  \(counted(statusesCount, "office", "offices")), \(counted(required, "place", "places")), \(nominated) nominated, \(confirmed) confirmed, \(missing) missing"
    }
    public var officesShort: String { "  Offices short: " }
    public func attendancePartsCountPartsPresent(_ partsCount: Int, _ present: Int, _ late: Int, _ excused: Int, _ absent: Int, _ rate: String) -> String {
        "  Attendance (\(counted(partsCount, "part", "parts"))): \(present) present, \(late) late, \(excused) excused, \(absent) absent; \(rate)% of the quota"
    }
    public func budgetEstimateGroupedOrganiserGroupedInDemo(_ grouped: String, _ grouped2: String, _ grouped3: String) -> String {
        "  Budget estimate: \(grouped) đồng (organiser \(grouped2), sending units \(grouped3))"
    }
    public var wrote: String { "Wrote:" }
    public func planCodeDonePlanLinesCountReports(_ planCode: UnitCode, _ done: Int, _ planLinesCount: Int, _ filter: Int, _ eligibleCount: Int) -> String {
        "Plan \(planCode): \(done)/\(counted(planLinesCount, "report", "reports")) received; \(filter)/\(counted(eligibleCount, "unit", "units")) may be considered for awards"
    }
    public func demoBlocBallots(_ vietYenCode: UnitCode, _ ballotsCount: Int, _ standingsCount: Int, _ proposed: String) -> String {
        "Bloc \(vietYenCode) (seed 002): \(ballotsCount)/\(standingsCount) ballots; proposed for awards: \(proposed.isEmpty ? "none" : proposed)"
    }
    public func planRecurringCodeRecurringReportsAs(_ recurringCode: UnitCode, _ numeric: String) -> String {
        "Plan \(recurringCode) (recurring reports, as of \(numeric)):"
    }
    public func demoDutyPeriodReceived(_ duty: Slug, _ period: DutyPeriod, _ filter: Int, _ ofCount: Int, _ filter2: Int) -> String {
        "  \(duty) \(periodName(period)): \(filter)/\(ofCount) received, \(filter2) on time"
    }

    // MARK: - outreach/Commands/Doc.swift

    public var writeASessionsDocumentsAs: String {
        "Write a session's documents as Word files: plan, invitations, budget decision, certificates."
    }
    public var theWordingComesFromTemplates: String {
        """
        The wording comes from Templates/documents/ (the texts the session's
        `documents:` names; format in Templates/README.md, "Documents"), the facts from
        the database, the layout from Decree 30/2020.
        Examples (write into exports/LCI-2022-TDKT/):
          outreach doc plan LCI-2022-TDKT
          outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT
          outreach doc decision LCI-2022-TDKT --kind budget
          outreach doc certificates LCI-2022-TDKT --pdf
        """
    }
    public var theFileToWriteDefault: String {
        "The file to write (default: exports/<SESSION>/<name>.docx), or a folder ending in /."
    }
    public var theExportsFolderForThe: String { "The exports folder for the default path." }
    public var theFolderOfDocumentTexts: String {
        "The folder of document texts (default: Templates/documents in the current folder, else that of the project the outreach binary was built in)."
    }
    public var alsoWriteThePDFBeside: String { "Also write the PDF beside it, printed by LibreOffice (headless)." }
    public var pdfNeedsLibreOfficeInstallIt: String {
        "--pdf needs LibreOffice: install it with “make pdf-deps” (or “apt-get install libreoffice-writer-nogui”), or leave out --pdf"
    }
    public var thePlanASessionsAs: String {
        "The plan (kế hoạch): a session's, as seed 004 lays it out, or a yearly plan as issued."
    }
    public var forASessionLegalBasis: String {
        """
        For a session: legal basis, purpose, content, time and venue, who attends from
        each kind of office (from the quotas), funding (from the budget's payers),
        duties, recipients and the signer.
        Examples (write exports/<CODE>/ke-hoach.docx):
          outreach doc plan LCI-2022-TDKT
          outreach doc plan LCU-2022-TDKT-CD
        """
    }
    public var theSessionCodeOrThe: String { "The session code, or the code of a yearly plan (plan import)." }
    public var invitationsOnePerInvitedOffice: String {
        "Invitations (giấy mời): one per invited office, and all of them in one file to print."
    }
    public var eachNamesTheOfficeIts: String {
        """
        Each names the office (Kính gửi), its places by role, the deadline and how to
        answer: its nomination form (export form) and, with --url or $OUTREACH_URL,
        its sign-in link (URL/dang-ky/SESSION/UNIT).
        Examples (write exports/LCI-2022-TDKT/giay-moi/<UNIT>.docx and giay-moi.docx):
          outreach doc invitation LCI-2022-TDKT
          outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT -o bat-xat.docx
        """
    }
    public var theSessionCode: String { "The session code." }
    public var onlyThisOfficesInvitationDefault: String {
        "Only this office's invitation (default: every invited office)."
    }
    public var theServersAddressForEach: String {
        "The server's address as offices reach it, for each office's sign-in link (default: $OUTREACH_URL, as access grant)."
    }
    public var ofileWritesOneInvitation: String {
        "-o FILE writes one invitation: add --unit CODE, or give a folder ending in /"
    }
    public var aDecisionKindBudgetApproves: String {
        "A decision (quyết định); --kind budget approves the estimate, with it as a table."
    }
    public var theEstimateItsTotalAnd: String {
        """
        The estimate, its total and the amount in words are those of `budget estimate`
        on --today.
        Example (writes exports/LCI-2022-TDKT/quyet-dinh-du-toan.docx):
          outreach doc decision LCI-2022-TDKT --kind budget
        """
    }
    public var whatTheDecisionDecidesBudget: String { "What the decision decides: budget (the estimate)." }
    public func kindMustBeBudgetThe(_ kind: String) -> String {
        "--kind must be budget (the decision approving the estimate), not “\(kind)”"
    }
    public var certificatesForEveryoneWhoCame: String {
        "Certificates (giấy chứng nhận) for everyone who came, one landscape page each."
    }
    public var everyoneMarkedPresentOrLate: String {
        """
        Everyone marked present or late at one half-day or more (walk-ins included), in
        the sign-in sheet's order. Needs the attendance (attendance mark / import).
        Example (writes exports/LCI-2022-TDKT/giay-chung-nhan.docx):
          outreach doc certificates LCI-2022-TDKT
        """
    }
    public func wrotePath(_ path: String) -> String {
        "Wrote \(path)"
    }
    public func countDocuments(_ count: Int) -> String {
        "(\(count) documents)"
    }
    public func wroteWrittenCountInvitationsIntoFolder(_ writtenCount: Int, _ folder: String) -> String {
        "Wrote \(counted(writtenCount, "invitation", "invitations")) into \(folder)/"
    }
    public func totalGrouped(_ grouped: String) -> String {
        "Total \(grouped) đồng"
    }
    public func countCertificates(_ count: Int) -> String {
        "\(counted(count, "certificate", "certificates"))"
    }

    // MARK: - outreach/Commands/Duty.swift

    public var recordReportsOnPlanDuties: String {
        "Record reports on plan duties and remind units of what falls due."
    }
    public var recordThatAUnitRegistered: String {
        "Record that a unit registered or reported for a plan duty; again to correct it."
    }
    public var dutyIsTheDutysCode: String {
        """
        DUTY is the duty's code in the plan (with --plan) or its number (as in plan
        duties --json). --on is the day the report reached the office it is owed to: on
        or before the due date is on time. --file cites the report's file: its path and
        SHA-256 are kept, the file is not copied. A second report corrects the first;
        both are kept and the audit log shows the change. The unit itself, the office it
        reports to, or a unit above it may record.
        Examples:
          outreach duty report LDLD-SINHO dang-ky-thi-dua --plan LCU-2022-TDKT-CD \\
              --on 2022-01-25 \\
            --file bao-cao/sinho-dang-ky.pdf --as LDLD-SINHO
          outreach duty report LDLD-MUONGTE 5 --on 2022-02-02 --note "Gửi qua bưu điện"
        """
    }
    public var theUnitThatOwesThe: String { "The unit that owes the duty." }
    public var theDutyItsCodeIn: String { "The duty: its code in the plan (with --plan), or its number." }
    public var thePlanTheDutyCode: String { "The plan the duty code belongs to." }
    public var thePeriodOfARecurring: String {
        "The period of a recurring duty: 2022 (year), 2022-H1 (first half), 2022-Q3 (quarter), 2022-M05 (month)."
    }
    public var theDayTheReportWas: String { "The day the report was received, DD/MM/YYYY or YYYY-MM-DD." }
    public var theReportsFileItsPath: String { "The report's file: its path and SHA-256 are recorded, not the file." }
    public var dutyIsADutyNumber: String { "DUTY is a duty number, or a duty code with --plan PLAN" }
    public var isNotADutyCode: String { "is not a duty code (a–z, 0–9, dashes)" }
    public var unitsWhosePlanDutyFalls: String {
        "Units whose plan duty falls due within N days or is overdue, with contacts, as CSV or xlsx."
    }
    public var listsEveryDutyOfThe: String {
        """
        Lists every duty of the plan not done on --today that is due within --before
        days, overdue or missing, plan order then administrative order. Prints CSV
        (UTF-8 with a byte-order mark) unless -o names a .csv or .xlsx file. The xlsx
        holds the mail-merge table ("Nhắc báo cáo") and a sheet to print ("Bản in"): the
        header, one block per duty owed, the signatures.
        Examples:
          outreach duty remind LCU-2022-TDKT-CD --before 10 --today 2022-06-01 \\
              -o exports/nhac-bao-cao.xlsx
          outreach duty remind LCU-2022-TDKT-CD --before 7 > nhac.csv
        """
    }
    public var daysAheadDutiesDueWithin: String {
        "Days ahead: duties due within this many days are listed (0 = only overdue and due today)."
    }
    public var beforeMustBeToDays: String { "--before must be 0 to 366 days" }
    public var setOrChangeTheDue: String {
        "Set or change the due date of one period of a recurring duty (the plan's issuer decides)."
    }
    public var theNewDateHoldsFor: String {
        """
        The new date holds for every unit that owes the duty for that period; reports
        are judged on it again. Not once a report of the period has been accepted. The
        audit log keeps the old and the new date.
        Example:
          outreach duty set-due LCU-2021-628 bao-cao-nam --period 2022 \\
            --due 2023-01-10 --as LDLD-LCU
        """
    }
    public var theRecurringDutysCodeIn: String { "The recurring duty's code in the plan." }
    public var thePeriodYearH1First: String {
        "The period: 2022 (year), 2022-H1 (first half), 2022-Q3 (quarter), 2022-M05 (month)."
    }
    public var theNewDueDateDD: String { "The new due date, DD/MM/YYYY or YYYY-MM-DD." }
    public var thePlansReportBackTracker: String {
        "The plan's report-back tracker: one row per unit and duty, completeness and timeliness per duty and bloc."
    }
    public var statusAsOfTodayMarked: String {
        """
        Status as of --today, marked in colour; the figures are live formulas. A chart
        compares the duties.
        Example (writes exports/LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx):
          outreach export duties LCU-2022-TDKT-CD --today 2022-12-31
        """
    }
    public var recorded: String { "Recorded" }
    public var corrected: String { "Corrected" }
    public var file: String { "file" }
    public func theReportTitleOfUnit(_ title: String, _ unit: UnitCode, _ numeric: String, _ numeric2: String, _ label: String) -> String {
        "the report “\(title)” of \(unit): received \(numeric), due \(numeric2) – \(label)"
    }
    public func dueDateSetForPeriod(_ code: Slug, _ period: DutyPeriod, _ numeric: String, _ numeric2: String, _ duties: Int) -> String {
        "Set the due date of “\(code)” for the \(periodName(period)): \(numeric) (was \(numeric2); \(duties) units)"
    }
    public func wrotePathLinesCountDutiesDone(_ path: String, _ linesCount: Int, _ done: Int) -> String {
        "Wrote \(path) (\(counted(linesCount, "duty", "duties")), \(done) reported)"
    }

    // MARK: - outreach/Commands/Export.swift

    public func paymentListTotal(_ total: String, _ forecast: Bool) -> String {
        "Total \(total) đồng, " + (forecast ? "a forecast (no attendance recorded yet)" : "for the people who came (attendance)")
    }
    public var writePrintReadyWorkbooksAInExport: String {
        "Write print-ready workbooks (A4, Times New Roman, header row on every page)."
    }
    public var theFileToWriteDefaultExports: String { "The file to write (default: exports/<SESSION>/<name>.xlsx)." }
    public var theExportsFolderForTheDefault: String { "The exports folder for the default path." }
    public var theSignInSheetEveryone: String {
        "The sign-in sheet: everyone nominated, by sending office, with a column to sign."
    }
    public var peopleAreOrderedByGiven: String {
        """
        People are ordered by given name, then family and middle names (Vietnamese
        alphabet); offices in the order of the session's quotas and the units file. A
        session of several half-days gets a sheet per half-day ("Sáng 10-05", "Chiều
        10-05"), named in its heading.
        Example (writes exports/LCI-2022-TDKT/danh-sach-ky-ten.xlsx):
          outreach export signin LCI-2022-TDKT
        """
    }
    public var oneNumberedListWithoutOffice: String { "One numbered list, without office headings." }
    public var emptyNumberedRowsAtThe: String { "Empty numbered rows at the end for extra participants." }
    public var tieBreakAfterTheGiven: String { "Tie-break after the given name: given-family or given-middle." }
    public var blankRowsMustBe: String { "--blank-rows must be 0…200" }
    public var theNomineeListEachOffices: String {
        "The nominee list: each office's quota (required, nominated, confirmed, missing) and its people."
    }
    public var exampleWritesExportsLCITDKT: String {
        """
        Example (writes exports/LCI-2022-TDKT/danh-sach-dai-bieu.xlsx):
          outreach export nominees LCI-2022-TDKT
        """
    }
    public var nominationFormsOneWorkbookPer: String {
        "Nomination forms: one workbook per invited office, one row per quota place, to fill and send back."
    }
    public var eachFormIsPrefilledWith: String {
        """
        Each form is prefilled with who the office has already nominated; input cells
        are validated (role dropdown per place, gender, birth year, phone) and
        everything else is protected. A hidden sheet records the session, the office and
        each row's slot for the later import.
        Examples (write exports/LCI-2022-TDKT/forms/<UNIT>.xlsx, then phieu/<UNIT>.xlsx,
        then one file):
          outreach export form LCI-2022-TDKT
          outreach export form LCI-2022-TDKT -o phieu/
          outreach export form LCI-2022-TDKT --unit PGD-BATXAT -o phieu-bat-xat.xlsx
        """
    }
    public var onlyThisOfficesFormDefault: String { "Only this office's form (default: every invited office)." }
    public var ofileWritesOneForm: String { "-o FILE writes one form: add --unit CODE, or give a folder ending in /" }
    public var theBudgetEstimateWithThe: String {
        "The budget estimate (dự toán), with the settlement columns once actuals are recorded."
    }
    public var aSummarySheetOrganisersLines: String {
        """
        A summary sheet (organiser's lines, sending units' lines, totals as formulas,
        total in words, three signers), then one sheet per sending office with what it
        pays.
        Example (writes exports/LCI-2022-TDKT/du-toan.xlsx):
          outreach export budget LCI-2022-TDKT
        """
    }
    public var aPaymentListHelp: String {
        "A payment list (danh sách chi tiền) for a per-person budget line, with a column to sign."
    }
    public var onceAttendanceIsRecordedThe: String {
        """
        Once attendance is recorded: the people who came (present or late, walk-ins
        included), each paid for the days they came on a per-day line. Before that, a
        forecast titled "(DỰ KIẾN)": the confirmed nominees (everyone nominated while
        nobody is confirmed) for every day. Lodging is paid only to the offices the
        session's distance rule pays. By office and Vietnamese name order; the total as
        a formula and in words.
        Example (writes exports/LCI-2022-TDKT/danh-sach-chi-tai-lieu.xlsx):
          outreach export payment LCI-2022-TDKT --line tai-lieu
        """
    }
    public var theBudgetLinePaidE: String { "The budget line paid, e.g. phu-cap-luu-tru." }
    public var isNotABudgetLineCode: String { "is not a budget line code (a–z, dashes)" }
    public var theAttendanceWorkbookASummary: String {
        "The attendance workbook: a summary per office with rates, everyone's marks, a chart."
    }
    public var officesBelowThresholdOfTheir: String {
        """
        Offices below --threshold of their quota are marked red, offices nobody came
        from grey.
        Example (writes exports/LCI-2022-TDKT/diem-danh.xlsx):
          outreach export attendance LCI-2022-TDKT
        """
    }
    public var theAttendanceRatePercentOf: String {
        "The attendance rate (percent of the quota) below which an office is marked."
    }
    public var thresholdMustBe: String { "--threshold must be 0…100" }
    public func wrotePathsCountNominationFormsInto(_ pathsCount: Int, _ folder: String) -> String {
        "Wrote \(pathsCount) nomination forms into \(folder)/"
    }
    public func wrotePathTotalGrouped(_ path: String, _ grouped: String) -> String {
        "Wrote \(path) (total \(grouped) đồng)"
    }
    public func wrotePathPeople(_ path: String, _ people: Int) -> String {
        "Wrote \(path) (\(counted(people, "person", "people")))"
    }

    // MARK: - outreach/Commands/Init.swift

    public var createAnEmptyDatabaseOr: String { "Create an empty database (or bring an existing one up to date)." }
    public var exampleOutreachInitDbTinh: String { "Example: outreach init --db tinh.sqlite" }
    public func databaseReadyPath(_ path: String) -> String {
        "Database ready: \(path)"
    }

    // MARK: - outreach/Commands/Money.swift

    public var writeAmountsOfMoneyThe: String { "Write amounts of money the way finance documents do." }
    public var exampleOutreachMoneyWords: String {
        """
        Example:
          outreach money words 1500000
          → Một triệu năm trăm nghìn đồng
        """
    }
    public var printAnAmountInVietnamese: String {
        "Print an amount in Vietnamese words (số tiền bằng chữ), from 0 to 999.999.999.999.999 đồng."
    }
    public var theAmountMayBeWritten: String {
        """
        The amount may be written 1500000, 1.500.000 or 1,500,000 (whole đồng only).
        The defaults are northern finance style: linh, nghìn, bốn, no "chẵn".
        Example:
          outreach money words 1.005.000
          → Một triệu không trăm linh năm nghìn đồng
          outreach money words 1500000 --le --ngan --chan
        """
    }
    public var theAmountInOr: String { "The amount in đồng: 1500000, 1.500.000 or 1,500,000." }
    public var writeLeInsteadOfLinh: String { "Write “lẻ” instead of “linh” for a zero tens digit (một trăm lẻ năm)." }
    public var writeNganInsteadOfNghin: String { "Write “ngàn” instead of “nghìn”." }
    public var writeTuForAFinal: String { "Write “tư” for a final 4 after twenty (hai mươi tư)." }
    public var endRoundAmountsWith: String { "End round amounts with “chẵn” (Một triệu đồng chẵn)." }
    public func giveOneAmountSuchAsNot(_ amountWords: String) -> String {
        "Give one amount, such as 1500000, not “\(amountWords)”"
    }

    // MARK: - outreach/Commands/Nominee.swift

    public var nominateListConfirmWithdrawAnd: String {
        "Nominate, list, confirm, withdraw and replace the people offices send."
    }
    public var fullNameHelp: String { "Full name (Họ và tên), e.g. \"Giàng A Páo\"." }
    public var theRoleInTheSession: String {
        "The role in the session: its code (lanh-dao, can-bo-tdkt, cbql, giao-vien, chuyen-vien…) or its name, e.g. \"Giáo viên\"."
    }
    public var theUnitThePersonWorks: String {
        "The unit the person works at (default: the sending office, or for a replacement the replaced person's)."
    }
    public var positionHelp: String { "Position (Chức vụ), e.g. \"Phó Hiệu trưởng\"." }
    public var phoneDigitsStartingWithSpaces: String { "Phone, 10 digits starting with 0 (spaces and dots allowed)." }
    public var email: String { "Email." }
    public var anExistingPersonsNumberInstead: String { "An existing person's number, instead of --name." }
    public var aNoteKeptWithTheNomination: String { "A note kept with the nomination." }
    public var giveNameOrPerson: String { "give --name (or --person)" }
    public var giveNameOrPersonNot: String { "give --name or --person, not both" }
    public var nominateAPersonForA: String { "Nominate a person for a place in an office's quota." }
    public var theOfficeIsUnitA: String {
        """
        The office is --unit; a person working at one of its schools also counts for it
        (--works-at). Refused when the role is not in the office's quota, the person is
        already nominated, the quota is full (exit 4) or the deadline has passed (exit
        4; --late --reason "…" to override). With --reserve the person is listed as a
        reserve (dự bị) for the slot instead: reserves take no place and wait, in the
        order listed, for a nominee of the same office to withdraw.
        Example (on the demo, before the deadline: OUTREACH_TODAY=2022-05-01):
          outreach nominee add LCI-2022-TDKT \\
            --unit PGD-BAOTHANG --works-at TH-BAOTHANG-SO1PHOLU \\
            --name "Giàng A Páo" --role cbql \\
            --position "Hiệu trưởng" --phone 0912345678
          outreach nominee add LCI-2022-TDKT --unit PGD-BATXAT \\
            --name "Lò Thị Hoa" --role lanh-dao --reserve
        """
    }
    public var listThePersonAsA: String {
        "List the person as a reserve (dự bị) for the slot; reserves do not count against the quota."
    }
    public var giveTheSendingOfficeWith: String {
        "give the sending office with --unit (or the workplace with --works-at)"
    }
    public var listASessionsNomineesBy: String { "List a session's nominees by office, in official order." }
    public var reservesFollowEachOfficesNominees: String {
        """
        Reserves (dự bị) follow each office's nominees, marked “Dự bị”, in the order
        they wait.
        Example:
          outreach nominee list LCI-2022-TDKT --unit PGD-BATXAT
        """
    }
    public var onlyThisOffice: String { "Only this office." }
    public var alsoListWithdrawnAndReplaced: String { "Also list withdrawn and replaced nominations." }
    public var confirmNomineesByNumberPhone: String {
        "Confirm nominees, by number, phone or an unambiguous part of the name, or all of one office."
    }
    public var examplesOnTheDemoOUTREACH: String {
        """
        Examples (on the demo: OUTREACH_TODAY=2022-05-01):
          outreach nominee confirm LCI-2022-TDKT "#42" 0855662077
          outreach nominee confirm LCI-2022-TDKT \\
            --unit PGD-BAOTHANG --all
        """
    }
    public var nomineesNumberPhoneOrPart: String { "Nominees: number (#12), phone or part of the name." }
    public var withAllTheOfficeWhose: String { "With --all: the office whose proposed nominees to confirm." }
    public var confirmEveryProposedNomineeOf: String { "Confirm every proposed nominee of --unit." }
    public var allAndUnitGoTogether: String { "--all and --unit go together" }
    public var nameTheNomineesToConfirm: String { "name the nominees to confirm, or use --unit … --all" }
    public var withdrawANomineeFreeingTheir: String { "Withdraw a nominee, freeing their place." }
    public var exampleOnTheDemoOUTREACH: String {
        """
        Example (on the demo: OUTREACH_TODAY=2022-05-01):
          outreach nominee withdraw LCI-2022-TDKT "Triệu Thị Chi" \\
            --reason "ốm"
        """
    }
    public var theNomineeNumberPhoneOr: String { "The nominee: number, phone or part of the name." }
    public var replaceANomineeWithAnother: String { "Replace a nominee with another person in the same place." }
    public var theNewPersonTakesThe: String {
        """
        The new person takes the same place; their workplace is the replaced
        person's unless --works-at says otherwise.
        Example (on the demo: OUTREACH_TODAY=2022-05-01):
          outreach nominee replace LCI-2022-TDKT "Bùi Thị Liên" \\
            --name "Sùng Thị Mai" --role giao-vien --phone 0987654321
        """
    }
    public var theNomineeToReplaceNumber: String { "The nominee to replace: number, phone or part of the name." }
    public func phoneIsAlsoThat(_ phone: String, _ names: String) -> String {
        "phone \(phone) is also that of \(names) in this session: check it unless they share a phone"
    }
    public func listedReserveIdNameRole(_ id: Int64, _ name: String, _ role: String, _ sender: String) -> String {
        "Listed reserve #\(id) \(name) (\(role)) for \(sender)."
    }
    public func nominatedIdNameRoleFor(_ id: Int64, _ name: String, _ role: String, _ sender: String) -> String {
        "Nominated #\(id) \(name) (\(role)) for \(sender)."
    }
    public func rowsCountPeople(_ rowsCount: Int) -> String {
        "\(rowsCount) people"
    }
    public func idNameConfirmedAlreadyUnchanged(_ id: Int64, _ name: String) -> String {
        "#\(id) \(name): confirmed already, unchanged"
    }
    public var nobodyToConfirm: String { "Nobody to confirm." }
    public var withdrew: String { "Withdrew" }
    public func proposedReplacementReserveIdName(_ id: Int64, _ name: String, _ role: String, _ session: String, _ id2: Int64) -> String {
        "Proposed replacement (reserve): #\(id) \(name) (\(role)); take it up with: outreach nominee promote \(session) \(id2)"
    }
    public func unchangedIdIsNameAlready(_ id: Int64, _ name: String) -> String {
        "Unchanged: #\(id) is \(name) already"
    }
    public func replacedOldWithIdName(_ old: String, _ id: Int64, _ name: String) -> String {
        "Replaced \(old)with #\(id) \(name)"
    }

    // MARK: - outreach/Commands/NomineeHistory.swift

    public var giveANomineesPlaceTo: String {
        "Give a nominee's place to a reserve (dự bị) of the same office, in one step."
    }
    public var nomineeIsTheOneWhose: String {
        """
        NOMINEE is the one whose place is taken: withdrawn already (it stays withdrawn)
        or still holding it (it becomes replaced). The first reserve waiting for that
        slot takes the place (one with the same role first), unless --reserve names
        another reserve of the same office. The reserve becomes proposed, or confirmed
        with --confirm; the history keeps who replaced whom.
        Example (on the demo: OUTREACH_TODAY=2022-05-01):
          outreach nominee withdraw LCI-2022-TDKT "#12" --reason "ốm"
          outreach nominee promote LCI-2022-TDKT "#12" --confirm
        """
    }
    public var theNomineeWhosePlaceTheReserve: String {
        "The nominee whose place the reserve takes: number, phone or part of the name."
    }
    public var theReserveToPromoteDefault: String {
        "The reserve to promote (default: the first waiting for that place)."
    }
    public var confirmThePromotedReserveAt: String { "Confirm the promoted reserve at once." }
    public var showOneNomineeWithThe: String {
        "Show one nominee with the chain of replacements through them and its audit trail."
    }
    public var exampleOnTheDemoOUTREACHTODAY: String {
        """
        Example (on the demo: OUTREACH_TODAY=2022-05-01):
          outreach nominee show LCI-2022-TDKT "#12"
        """
    }
    public func reservePromoted(_ id: Int64, _ name: String, _ replaces: Int64, _ status: LocalizedText) -> String {
        "#\(id) \(name) (reserve) replaces #\(replaces): \(status.en.lowercased())"
    }
    public var replacementChainOldestFirst: String { "Replacement chain (oldest first):" }
    public func replacesReplaced(_ replaced: Int64) -> String {
        ", replaces #\(replaced)"
    }

    // MARK: - outreach/Commands/NomineeImport.swift

    public func rowsWithErrorsSkipped(_ count: Int) -> String {
        count == 1 ? ", 1 row with errors skipped" : ", \(counted(count, "row", "rows")) with errors skipped"
    }
    public var importNomineesFromAFilled: String {
        "Import nominees from a filled nomination form or any list (.xlsx or .csv)."
    }
    public var readsOurOwnFormsOutreach: String {
        """
        Reads our own forms (outreach export form: hidden markers give the
        session, office and places), any .xlsx whose header row names the
        columns (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại, Giới
        tính, Năm sinh, Email, Ghi chú; accents, case and order free; below a
        title block; on several sheets), and CSV in UTF-8, UTF-16 or
        Windows-1258. Text typed in TCVN3 (ABC) or VNI fonts becomes Unicode.
        Every row is checked first; each problem names file, sheet, row and
        column. Nothing is imported when a row fails (exit 1) unless
        --partial; --dry-run writes nothing; importing a file again changes
        nothing.
        Examples (on the demo, OUTREACH_TODAY=2022-05-01):
          outreach export form LCI-2022-TDKT --unit PGD-BAOTHANG -o bt.xlsx
          outreach nominee import bt.xlsx --dry-run
          outreach nominee import ds.csv --session LCI-2022-TDKT \\
            --unit PGD-BATXAT
        """
    }
    public var theSessionReadFromOur: String { "The session (read from our own forms; needed for any other list)." }
    public var theSendingOfficeForEvery: String { "The sending office for every row (read from our own forms)." }
    public var theServersAnswerIsMalformed: String { "the server's answer is malformed" }
    public var added: String { "added" }
    public var replacedInNomineeImport: String { "replaced" }
    public var updated: String { "updated" }
    public var rowInNomineeImport: String { "row" }
    public var wouldBe: String { "would be " }
    public var replacedInImport: String { "replaced" }
    public var unchanged: String { "unchanged" }

    // MARK: - outreach/Commands/Plan.swift

    public var loadYearlyPlansActivitiesBy: String {
        "Load yearly plans (activities by quarter, report-back duties, blocs) and show them."
    }
    public var loadAPlanFileYAML: String { "Load a plan file (YAML); its units are fixed as they are today." }
    public var importThePlansUnitsFirst: String {
        """
        Import the plan's units first (outreach units import …). Loading the same file
        again changes nothing; a changed plan needs a new code. See Templates/README.md,
        "Plans".
        Example:
          outreach units import Templates/units/lai-chau-ldld-2022.yaml
          outreach plan import Templates/plans/lai-chau-2022-tdkt.yaml
        """
    }
    public var thePlanFile: String { "The plan file." }
    public var listPlansNewestYearFirst: String { "List plans, newest year first." }
    public var showAPlanItsActivities: String {
        "Show a plan: its activities by quarter, the duties with their deadlines, the award rule and blocs."
    }
    public var exampleOutreachPlanShowLCU: String { "Example: outreach plan show LCU-2022-TDKT-CD" }
    public var whatEachUnitOwesUnder: String {
        "What each unit owes under a plan, by when, and where it stands on --today."
    }
    public var oneLinePerUnitAnd: String {
        """
        One line per unit and duty, in plan order then administrative order. Status: due
        (not yet reported, due date not passed), on time (received on or before the due
        date), late (received after it), overdue (not received, up to 30 days after the
        due date), missing (later still). A report recorded after --today is not seen.
        Examples:
          outreach plan duties LCU-2022-TDKT-CD --today 2022-07-01
          outreach plan duties LCU-2022-TDKT-CD --unit LDLD-SINHO --json
        """
    }
    public var onlyThisUnitsDuties: String { "Only this unit's duties." }
    public var thePlansAwardRuleUnits: String {
        "The plan's award rule: units that may be considered for awards, and why the others may not."
    }
    public var aUnitIsEligibleWhen: String {
        """
        A unit is eligible when it has done every duty the rule requires (registering,
        launching emulation) as of --today. As written (the default) a late one counts;
        when the plan file says on_time: true (the stricter reading) it must be on time.
        Each unit shows its grounds: which duty, done when or not done, under which
        reading.
        Example:
          outreach plan eligible LCU-2022-TDKT-CD --today 2022-12-31
        """
    }
    public var markAPlansActivityDone: String {
        "Mark a plan's activity done on a day, with a file as evidence (the plan's issuer)."
    }
    public var numberIsTheActivitysNumber: String {
        """
        NUMBER is the activity's number in the plan (the TT column). --file cites the
        evidence: its path and SHA-256 are kept, the file is not copied. A second mark
        corrects the first; both stay in the audit log.
        Example:
          outreach plan done LCU-2022-TDKT-CD 2 --on 2022-03-20 --file bien-ban.pdf \\
              --as LDLD-LCU
        """
    }
    public var theActivitysNumberTheTT: String { "The activity's number (the TT column)." }
    public var theDayItWasDone: String { "The day it was done (YYYY-MM-DD or DD/MM/YYYY)." }
    public var theEvidenceFileItsPath: String {
        "The evidence file: its path and SHA-256 are recorded, not the file."
    }
    public var aPlansProgressPerQuarter: String {
        "A plan's progress per quarter: activities done, done after the quarter, not done once it is over."
    }
    public var exampleOutreachPlanProgressLCU: String {
        "Example: outreach plan progress LCU-2022-TDKT-CD --today 2022-12-20"
    }
    public var aPlanAsIssuedTT: String {
        "A plan as issued: TT | Nội dung | Đơn vị thực hiện by quarter, the deadlines, and the duties."
    }
    public var exampleWritesExportsLCUTDKT: String {
        """
        Example (writes exports/LCU-2022-TDKT-CD/ke-hoach.xlsx):
          outreach export plan LCU-2022-TDKT-CD
        """
    }
    public func activitiesCountActivitiesDutiesCountDutiesBlocsCount(_ activitiesCount: Int, _ dutiesCount: Int, _ blocsCount: Int) -> String {
        "\(counted(activitiesCount, "activity", "activities")), \(counted(dutiesCount, "duty", "duties")), \(counted(blocsCount, "bloc", "blocs"))"
    }
    public func loadedPlanTemplateCodeCounts(_ templateCode: UnitCode, _ counts: String) -> String {
        "Loaded plan \(templateCode): \(counts)."
    }
    public func planTemplateCodeIsAlreadyLoaded(_ templateCode: UnitCode) -> String {
        "Plan \(templateCode) is already loaded; nothing changed."
    }
    public var planInPlan: String { "Plan" }
    public var quarter: String { "Quarter" }
    public var session: String { "session" }
    public var duties: String { "Duties" }
    public func owingCountUnits(_ owingCount: Int) -> String {
        "\(counted(owingCount, "unit", "units"))"
    }
    public var bloc: String { "bloc " }
    public func everyEvery(_ every: Recurrence) -> String {
        "every \(recurrenceName(every))"
    }
    public var dueInPlan: String { "due" }
    public var to: String { ", to " }
    public var awardRule: String { "Award rule" }
    public var blocInPlan: String { "Bloc" }
    public func chairMembersCountMembers(_ chair: UnitCode, _ membersCount: Int) -> String {
        "chair \(chair), \(counted(membersCount, "member", "members"))"
    }
    public var period: String { "Period" }
    public var sentTo: String { "Sent to:" }
    public func doneLinesCountReportedOnTimeOn(_ done: Int, _ linesCount: Int, _ onTime: Int, _ numeric: String) -> String {
        "\(done)/\(linesCount) reported, \(onTime) on time (as of \(numeric))"
    }
    public var yesInPlan: String { "yes" }
    public var noInPlan: String { "no" }
    public func countUnitsCountUnitsMayBe(_ count: Int, _ unitsCount: Int, _ required: String, _ label: LocalizedText) -> String {
        "\(count)/\(counted(unitsCount, "unit", "units")) may be considered (requires: \(required); \(label.en))"
    }
    public func activityNumberQuarterOfDone(_ number: Int, _ of: String, _ numeric: String) -> String {
        "Activity \(number) (quarter \(of)) done on \(numeric)"
    }
    public func correctsTheMarkOfNumeric(_ numeric: String) -> String {
        " (corrects the mark of \(numeric))"
    }
    public func doneTotalActivitiesDoneAs(_ done: Int, _ total: Int, _ numeric: String) -> String {
        "\(done)/\(total) activities done (as of \(numeric))"
    }
    public func wrotePathActivitiesCountActivities(_ path: String, _ activitiesCount: Int) -> String {
        "Wrote \(path) (\(counted(activitiesCount, "activity", "activities")))"
    }

    // MARK: - outreach/Commands/Rates.swift

    public var seeTheSpendingRates: String { "See the spending rates (định mức chi) in force on a date." }
    public var ratesAreDataTemplatesRates: String {
        """
        Rates are data: Templates/rates/national.yaml holds the national ones;
        a province or unit adds its own table that overrides them from a date
        (see Templates/README.md, "Rates").
        Example:
          outreach rates list --on 2022-05-10
        """
    }
    public var listTheRatesInForce: String {
        "List the rates in force on a date, with amount, unit, legal basis and file."
    }
    public var readsEveryYamlInDir: String {
        """
        Reads every *.yaml in --dir (national.yaml first); needs no database.
        "?" marks a figure not confirmed in any source, "!" a placeholder to replace;
        their notes are printed under the table.
        Example:
          outreach rates list --on 2022-05-10
        """
    }
    public var theDayDDMMYYYY: String {
        "The day, DD/MM/YYYY or YYYY-MM-DD (default: --today, else today in Vietnam)."
    }
    public var theFolderOfRateTablesDefault: String {
        "The folder of rate tables (default: Templates/rates here, else the project's of the binary)."
    }
    public var onlyWhatAppliesInThis: String { "Only what applies in this region (e.g. bien-dao for duty at sea)." }
    public func regionMustBeALowercase(_ region: String) -> String {
        "--region must be a lowercase code such as bien-dao, not “\(region)”"
    }
    public func ratesInForceOnNumeric(_ numeric: String, _ dir: String) -> String {
        "Rates in force on \(numeric) (\(dir)):"
    }
    public var regionInRates: String { "Region" }

    // MARK: - outreach/Commands/Serve.swift

    public var serveTheWebPagesAnd: String {
        "Serve the web pages and the JSON API for offices (runs outreach-server)."
    }
    public var whileItServesTheServer: String {
        """
        While it serves, the server is the database's writer; outreach commands on
        the same machine keep working on the same file. Browser sessions are kept in
        memory: restarting signs every browser out, the access codes stay valid.
        Exit codes: 2 usage, 5 the database, the port, the TLS certificate or key
        cannot be opened.
        Examples:
          outreach serve --db outreach.sqlite --port 8080
          outreach serve --db outreach.sqlite --host 0.0.0.0 --port 8443 \\
            --tls-cert cert.pem --tls-key key.pem
          outreach serve --db outreach.sqlite --behind-proxy
        """
    }
    public var databaseFileDefaultOUTREACHDB: String {
        "Database file (default: $OUTREACH_DB, else ./outreach.sqlite)."
    }
    public var addressToListenOn: String { "Address to listen on." }
    public var portToListenOn: String { "Port to listen on (1–65535)." }
    public var tlsCertificateChainPEMNeeds: String { "TLS certificate chain (PEM); needs --tls-key." }
    public var tlsPrivateKeyPEMNeeds: String { "TLS private key (PEM); needs --tls-cert." }
    public var behindAReverseProxyThat: String {
        "Behind a reverse proxy that terminates TLS: client address from X-Forwarded-For, Secure cookies."
    }
    public var theDateRulesAreJudged: String {
        "The date rules are judged on, YYYY-MM-DD (default: $OUTREACH_TODAY, else today in Vietnam)."
    }
    public var largestRequestBodyInKiB: String { "Largest request body in KiB (1–10240)." }
    public var largestUploadedNominationFormOr: String {
        "Largest uploaded nomination form or list in KiB (1–102400)."
    }
    public var theExportsFolderWorkbooksMade: String {
        "The exports folder: workbooks made for download go under it, downloads come only from it."
    }
    public var theTemplatesFolderRateTables: String {
        "The Templates folder (rate tables in rates/) for the budget and payment workbooks (default: Templates in the current folder, else the project's)."
    }
    public var languageOfMessagesViOr: String { "Language of messages: vi or en (default: $OUTREACH_LANG, else vi)." }
    public var tlsCertAndTlsKey: String { "--tls-cert and --tls-key go together" }
    public func todayMustBeADate(_ day: String) -> String {
        "--today must be a date written YYYY-MM-DD, not “\(day)”"
    }
    public func portMustBeNotPort(_ port: Int) -> String {
        "--port must be 1–65535, not \(port)"
    }
    public var maxBodyKibMustBe: String { "--max-body-kib must be 1–10240" }
    public var maxUploadKibMustBe: String { "--max-upload-kib must be 1–102400" }
    public var errorOutreachServerNotFound: String {
        "error: outreach-server not found next to outreach; run swift build"
    }
    public func errorCannotRunServerValue(_ server: String, _ value: String) -> String {
        "error: cannot run \(server): \(value)"
    }

    // MARK: - outreach/Commands/Session.swift

    public var createSessionsFromTemplatesList: String {
        "Create sessions from templates, list them, and see or change their quotas."
    }
    public var createASessionFromA: String {
        "Create a session from a session template (YAML); its quotas are fixed for every invited office."
    }
    public var importTheUnitsFirstOutreach: String {
        """
        Import the units first (outreach units import …).
        See Templates/README.md for the file format.
        Example:
          outreach session create \\
            --template Templates/sessions/lao-cai-2022-tdkt.yaml
        """
    }
    public var theSessionTemplateFile: String { "The session template file." }
    public var listSessionsNewestFirst: String { "List sessions, newest first." }
    public var showASessionsFacts: String { "Show a session's facts." }
    public var exampleOutreachSessionShowLCI: String { "Example: outreach session show LCI-2022-TDKT" }
    public var showEachOfficesQuotaRequired: String {
        "Show each office's quota (required, nominated, confirmed, missing by role), or change one."
    }
    public var showOutreachSessionQuotaLCI: String {
        """
        Show:
          outreach session quota LCI-2022-TDKT [--unit PGD-BATXAT] [--json]
        Change (the organiser's decision, allowed after the deadline too):
          outreach session quota LCI-2022-TDKT \\
            --unit PGD-BATXAT --role lanh-dao --count 2
        Lowering a count below the people already nominated is refused unless --force,
        which names the people then left beyond the quota.
        """
    }
    public var onlyThisOfficeRequiredTo: String { "Only this office (required to change a count)." }
    public var theRoleWhoseSlotTo: String {
        "The role whose slot to change: its code or its name, e.g. \"Giáo viên\"."
    }
    public var theNewNumberOfPlaces: String { "The new number of places for that slot." }
    public var lowerTheCountEvenBelow: String { "Lower the count even below the people already nominated." }
    public var countNeedsUnitAndRole: String { "--count needs --unit and --role" }
    public var roleAndForceOnlyMake: String { "--role and --force only make sense with --count" }
    public var changingAQuotaIsThe: String {
        "changing a quota is the organiser's, on its own machine, not through --server"
    }
    public func createdSessionCodeQuotasCountOffices(_ sessionCode: SessionCode, _ quotasCount: Int, _ total: Int) -> String {
        "Created session \(sessionCode): \(counted(quotasCount, "office", "offices")) invited, \(counted(total, "place", "places")) in all."
    }
    public var organiserInSession: String { "Organiser" }
    public var when: String { "When" }
    public var partsInSession: String { "Parts" }
    public var nominationDeadline: String { "Nomination deadline" }
    public var roles: String { "Roles" }
    public var content: String { "Content" }
    public var beyondTheQuota: String { "beyond the quota: " }
    public func overOver(_ over: Int) -> String {
        "\(over) over"
    }
    public func andCountMore(_ count: Int) -> String {
        " and \(count) more"
    }
    public var officesShortInSession: String { "Offices short: " }

    // MARK: - outreach/Commands/Units.swift

    public var importAndLookAtUnits: String { "Import and look at units (offices, schools, divisions)." }
    public var importAUnitsFileYAML: String {
        "Import a units file (YAML); everything is checked before anything is written."
    }
    public var unitsAlreadyPresentAreUpdated: String {
        """
        Units already present are updated; the file's order is the order lists use.
        Example:
          outreach units import Templates/units/lao-cai-2022.yaml
        """
    }
    public var theUnitsFileEG: String { "The units file, e.g. Templates/units/lao-cai-2022.yaml." }
    public var listUnitsOptionallyOfOne: String { "List units, optionally of one kind or under one parent." }
    public var exampleOutreachUnitsListKind: String { "Example: outreach units list --kind phong-gddt" }
    public var onlyUnitsOfThisKind: String {
        "Only units of this kind (so, phong-gddt, truc-thuoc-so, tt-gdnn-gdtx, truong…)."
    }
    public var onlyUnitsDirectlyUnderThis: String { "Only units directly under this unit." }
    public func noUnitIsOfThis(_ kinds: String) -> String {
        "no unit is of this kind; kinds: \(kinds)"
    }
    public var showOneUnitWithIts: String { "Show one unit with its parents and the units directly under it." }
    public var exampleOutreachUnitsShowPGD: String { "Example: outreach units show PGD-BATXAT" }
    public var theUnitCode: String { "The unit code." }
    public func importedUnitsCountUnitsFromFile(_ unitsCount: Int, _ file: String, _ inserted: Int, _ updated: Int, _ unchanged: Int) -> String {
        "Imported \(counted(unitsCount, "unit", "units")) from \(file): \(inserted) added, \(updated) updated, \(unchanged) unchanged."
    }
    public var kind: String { "Kind" }
    public var under: String { "Under" }
    public var address: String { "Address" }
    public var valid: String { "Valid" }
    public var unitsUnderIt: String { "Units under it" }

    // MARK: - outreach/DateOption.swift

    public func optionMustBeAReal(_ option: String, _ raw: String) -> String {
        "\(option) must be a real date written DD/MM/YYYY or YYYY-MM-DD, not “\(raw)”"
    }

    // MARK: - outreach/GlobalOptions.swift

    public var theUnitActingRecordedIn: String {
        "The unit acting, recorded in the audit log (default: $OUTREACH_AS)."
    }
    public var printMachineReadableJSONInstead: String { "Print machine-readable JSON instead of tables." }
    public var languageOfMessagesAndHelp: String {
        "Language of messages and help: vi or en (default: $OUTREACH_LANG, else vi)."
    }
    public var theDateRulesAreJudgedOn: String {
        "The date rules are judged on, DD/MM/YYYY or YYYY-MM-DD (default: $OUTREACH_TODAY, else today in Vietnam)."
    }
    public func outreachlangMustBeVi(_ lang: String) -> String {
        "OUTREACH_LANG must be vi or en, not “\(lang)”"
    }
    public func asMustBeAUnit(_ actor: String) -> String {
        "--as must be a unit code such as PGD-BATXAT, not “\(actor)”"
    }

    // MARK: - outreach/UsageMessage.swift

    public var parserMissingArgument: String {
        "Error: Missing expected argument "
    }
    public var parserMissingValue: String { "Error: Missing value for " }
    public var parserUnexpectedArgument: String { "Error: Unexpected argument " }
    public var parserUnknownOption: String { "Error: Unknown option " }
    public var parserUnknownSubcommand: String { "Error: Unknown subcommand " }
    public var parserError: String { "Error: " }
    public var parserHelp: String { "Help: " }
    public var parserUsage: String { "Usage: " }
    public func parserUnexpectedArguments(_ count: String, _ listed: String) -> String {
        "Error: \(count) unexpected arguments: \(listed)"
    }
    public func parserInvalidValue(_ value: String, _ option: String, _ valid: String?) -> String {
        "Error: The value \(value) is invalid for \(option)" + (valid.map { ". Please provide one of \($0)" } ?? "")
    }
    public func parserSeeMore(_ indent: String, _ command: String) -> String {
        "\(indent)See '\(command)' for more information."
    }

    // MARK: - outreach/Help.swift

    public var theSessionCodeInHelp: String { "The session code." }
    public var helpOverview: String { "OVERVIEW: " }
    public var helpUsage: String { "USAGE: " }
    public var helpArguments: String { "ARGUMENTS:" }
    public var helpOptions: String { "OPTIONS:" }
    public var helpSubcommands: String { "SUBCOMMANDS:" }
    public func helpSeeSubcommand(_ indent: String, _ command: String) -> String {
        "\(indent)See '\(command) <subcommand>' for detailed help."
    }
    public var helpShowHelp: String { "Show help information." }
    public var helpShowSubcommandHelp: String { "Show subcommand help information." }
    public var helpShowVersion: String { "Show the version." }
    public var helpValues: String { "(values:" }
    public var helpDefaultAfterSemicolon: String { "; default:" }
    public var helpDefault: String { "(default:" }
    public var theNomineeNumberPhoneOrPart: String { "The nominee: number (#12), phone or part of the name." }

    // MARK: - outreach/NomineeMatch.swift

    public func trimmedIsIdNameSender(_ trimmed: String, _ id: Int64, _ name: String, _ sender: String) -> String {
        "“\(trimmed)” is #\(id) \(name) (\(sender))\n"
    }

    // MARK: - outreach/OutputPath.swift

    public func theFileNameMustEnd(_ fileExtension: String) -> String {
        "the file name must end in .\(fileExtension)"
    }
    public var thisFolderDoesNotExist: String { "this folder does not exist (create it first, or check the -o path)" }

    // MARK: - outreach/Outreach.swift

    public var planTrainingAndOutreachSessions: String {
        "Plan training and outreach sessions from quota to sign-in sheet (tập huấn, tuyên truyền)."
    }
    public var startWithTheDemoOutreach: String {
        """
        Start with the demo (`outreach demo`), or build your own database:
          outreach init --db tinh.sqlite
          outreach units import Templates/units/lao-cai-2022.yaml --db tinh.sqlite
          outreach session create --db tinh.sqlite \\
            --template Templates/sessions/lao-cai-2022-tdkt.yaml
        Every command takes --db (default $OUTREACH_DB, else ./outreach.sqlite), --as
        UNIT, --json, --lang vi|en and --today YYYY-MM-DD.
        Exit codes: 0 ok, 1 invalid input, 2 usage, 3 not found, 4 conflict (quota full,
        deadline passed, duplicate), 5 database or file error, 6 not allowed for the
        --as unit.
        On an office's own machine, with the access code the organiser gives:
          outreach --server https://… --token CODE session quota LCI-2022-TDKT
          outreach --server https://… --token CODE nominee confirm LCI-2022-TDKT 12
        """
    }

    // MARK: - outreach/RemoteServer.swift

    public func serverMustBeAnHttp(_ server: String) -> String {
        "--server must be an http(s)://… address, not “\(server)”"
    }
    public var serverNeedsTokenTheAccess: String {
        "--server needs --token (the access code the organiser gives: outreach access grant)"
    }
    public func invalidPath(_ path: String) -> String {
        "invalid path: \(path)"
    }
    public var theConnectionWasRefusedNot: String { "the connection was refused (not running, or the wrong port)" }
    public var itDidNotAnswerIn: String { "it did not answer in time" }
    public var theHostNameWasNot: String { "the host name was not found" }
    public var thisMachineIsNotConnected: String { "this machine is not connected to a network" }
    public var theConnectionWasLost: String { "the connection was lost" }
    public var theTLSConnectionFailedThe: String { "the TLS connection failed (the certificate is not valid)" }
    public var cannotWriteTheRequest: String { "cannot write the request" }
    public func theServerAnsweredStatus(_ status: Int) -> String {
        "the server answered \(status)"
    }
    public var noAnswer: String { "no answer" }
    public func cannotReachTheServerAbsoluteString(_ absoluteString: String, _ reason: LocalizedText) -> String {
        "cannot reach the server \(absoluteString): \(reason.en)"
    }

    // MARK: - outreach/Runner.swift

    public func thisCommandDoesNotRun(_ remoteCommands: String) -> String {
        "this command does not run against a server (--server) yet; these do: \(remoteCommands)"
    }
    public var throughAServerTheUnit: String {
        "through a server the unit acting is the access code's (--token): drop --as"
    }
    public var throughAServerTheRules: String {
        "through a server the rules are judged on the server's day: drop --today"
    }
    public var isNotARoleCode: String { "is not a role code (a–z, dashes)" }
    public var allowAChangeAfterThe: String {
        "Allow a change after the nomination deadline (needs --reason, kept in the audit log)."
    }
    public var whyTheChangeIsMade: String { "Why the change is made (required with --late)." }
    public var seeOutreachUnitsList: String { " (see: outreach units list)" }
    public var seeOutreachSessionList: String { " (see: outreach session list)" }
    public func seeOutreachNomineeListSession(_ session: String) -> String {
        " (see: outreach nominee list \(session))"
    }
    public var seeTheListOutreachPlan: String { "; see the list: outreach plan list" }
    public var seeOutreachBlocList: String { "; see: outreach bloc list" }
    public var useLateReasonIfAllowed: String { "; use --late --reason \"…\" if allowed" }
    public var lateNeedsReasonWhy: String { "--late needs --reason \"why\"" }
    public var useForceWhichLeaves: String { "; use --force, which leaves" }
    public var chooseAnotherNameOrAdd: String { "; choose another name or add --force" }
    public var fixTheRowsAboveAndImport: String {
        "; fix the rows above and import again, or add --partial to import only the valid rows"
    }
    public func addOneWithOutreachNominee(_ session: String) -> String {
        " (add one with: outreach nominee add \(session) … --reserve)"
    }
    public func recordSomeoneWhoCameUnnominatedWith(_ session: String) -> String {
        "; record someone who came unnominated with: outreach attendance walk-in \(session) …"
    }
    public func pointAtAnExistingOneWith(_ path: String) -> String {
        "; point at an existing one with --db PATH or OUTREACH_DB, or create it with: outreach init --db \(path)"
    }
    public var buildingTheDemoAgainWouldLose: String {
        "; building the demo again would lose them all; add --force to rebuild anyway, or choose another --db"
    }
    public var chooseAnotherDb: String { "; choose another --db" }

    // MARK: - outreach/Suggest.swift

    public func didYouMeanFull(_ full: String) -> String {
        "Did you mean: \(full)?"
    }
    public func unitHasReportedItsFollow(_ unit: UnitCode, _ numeric: String, _ numeric2: String) -> String {
        "\(unit) has reported its follow-up already (held \(numeric), reported \(numeric2)); the new session does not replace that report: correct it with outreach cascade report … if needed"
    }
    public func withdrawnButMarkedPresent(_ id: Int64, _ name: String, _ parts: LocalizedText) -> String {
        "#\(id) \(name) was marked present (\(parts.en)): the marks stay and are what payment counts; if they are wrong, correct them with outreach attendance mark"
    }
    public var seeOutreachRatesList: String { " (see: outreach rates list)" }

    // MARK: - Table headings (the command line's tables) and the audit log's names

    /// English shows the audit log's entities and fields by their stored names ("attendance", "fullName").
    public var auditEntityNames: [String: String] { [:] }
    public var auditFieldNames: [String: String] { [:] }
    public func auditAttendanceSubject(_ name: String, _ number: String, _ part: String) -> String {
        "\(name) #\(number), \(part)"
    }
    public var accessNoUnitStateHeadings: [String] { ["No.", "Unit", "State", "Expires", "Last sign-in"] }
    public var attendanceQuotaConfirmedHeadings: [String] {
        ["",
         "Quota",
         "Confirmed",
         "Present",
         "Late",
         "Excused",
         "Absent",
         "Unmarked",
         "% quota",
         "% confirmed"]
    }
    public var auditTimeDayUnitHeadings: [String] { ["Time", "Day", "Unit", "Command", "Entity", "Changes", "Reason"] }
    public var blocCodeNameChairHeadings: [String] { ["Code", "Name", "Chair", "Deputy", "Members"] }
    public var budgetSendingOfficePeopleDistanceHeadings: [String] {
        ["Sending office",
         "People",
         "Distance",
         "Lodging",
         "Per diem",
         "Amount"]
    }
    public var budgetSendingOfficeEstimateActualHeadings: [String] {
        ["Sending office",
         "Estimate",
         "Actual",
         "Difference",
         "Came"]
    }
    public var budgetCodeItemPaidByHeadings: [String] {
        ["Code",
         "Item",
         "Paid by",
         "Per",
         "Quantity",
         "Unit price",
         "Amount"]
    }
    public var budgetActualDifferenceHeadings: [String] { ["Actual", "Difference"] }
    public var cascadeStatusLevelOwedReportedHeadings: [String] {
        ["Level",
         "Owed",
         "Reported",
         "Complete",
         "On time",
         "Late",
         "Due",
         "Overdue",
         "Missing",
         "Units reached",
         "People reached"]
    }
    public var cascadeStatusOfficeDueHeadings: [String] {
        ["#",
         "Office",
         "Due",
         "Status",
         "Held",
         "Units",
         "People",
         "Reported (with below)",
         "Complete"]
    }
    public var nomineeNoFullNamePositionHeadings: [String] {
        ["No.",
         "Full name",
         "Position",
         "Workplace",
         "Sent by",
         "Role",
         "Phone",
         "Status"]
    }
    public var planCodeYearTitleHeadings: [String] { ["Code", "Year", "Title", "Activities", "Duties"] }
    public var planNoDutyUnitHeadings: [String] { ["No.", "Duty", "Unit", "Due", "Received", "Status", "File"] }
    public var planUnitNameEligibleHeadings: [String] { ["Unit", "Name", "Eligible", "Grounds"] }
    public var planQuarterActivitiesDoneHeadings: [String] {
        ["Quarter",
         "Activities",
         "Done",
         "Done after",
         "Not done (over)",
         "Not done: numbers"]
    }
    public var ratesCodeNameAmountNgHeadings: [String] {
        ["Code",
         "Name",
         "Amount (đồng)",
         "Per",
         "Basis",
         "File",
         ""]
    }
    public var sessionCodeDateOrganiserHeadings: [String] { ["Code", "Date", "Organiser", "Title", "Status"] }
    public var sessionOfficeRoleRequiredHeadings: [String] {
        ["Office",
         "Role",
         "Required",
         "Nominated",
         "Confirmed",
         "Missing"]
    }
    public var unitsCodeNameKindHeadings: [String] { ["Code", "Name", "Kind", "Parent"] }
}
