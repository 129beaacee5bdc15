/// Every text the program shows a person, named once: the command line's messages and help, the pages' and
/// the API's words, the errors of the rules and the store. Each language is one catalogue, a type that gives the
/// words of every message: `Vietnamese` (Catalogue+vi.swift, shown by default) and `English` (Catalogue+en.swift,
/// `--lang en`, a page asked for in English). A message missing from a catalogue does not compile.
///
/// Messages are grouped under the source file that first used them. A message that shows values takes them as
/// arguments and places them in its words; the words are chosen where the text is shown, in the reader's language.
///
/// To add a message: declare it here under the file that uses it, give its words in both catalogues, and raise it
/// as `LocalizedText { $0.name(values) }` (a text kept in both languages: errors, refusals),
/// `language.text { $0.name }` (a text shown now in one language) or `Help.text { $0.name }` (command-line help).
public protocol Catalogue: Sendable {

    // MARK: - OutreachCore/Attendance/AttendanceStatus.swift

    var present: String { get }
    var late: String { get }
    var excused: String { get }
    var absent: String { get }
    var attendanceGrandTotal: String { get }

    // MARK: - OutreachCore/Attendance/SessionPart.swift

    func morningDay(_ day: String) -> String
    func afternoonDay(_ day: String) -> String
    func dayDay(_ day: String) -> String

    // MARK: - OutreachCore/Budget/BudgetEstimate.swift

    var theSessionsTemplateHasNo: String { get }
    var ownPriceBasis: String { get }
    var attendanceCountBasis: String { get }
    func noRateCodeIsIn(_ code: Slug, _ numeric: String) -> String
    func theAmountExceedsGrouped(_ grouped: String) -> String
    var confirmedNomineesNominationsClosed: String { get }
    var theQuotaNominationsStillOpen: String { get }

    // MARK: - OutreachCore/Budget/BudgetLine.swift

    var organiser: String { get }
    var sendingUnit: String { get }
    func eligibleFromKm(_ km: Int) -> String
    func eligibleInDistricts(_ districts: String) -> String
    var eligibleOr: String { get }

    // MARK: - OutreachCore/Budget/BudgetStatement.swift

    var settlementInProgressALine: String { get }

    // MARK: - OutreachCore/Budget/UncertainRates.swift

    func ratesStillToBeChecked(_ listed: LocalizedText) -> String
    func uncertainRate(_ line: String, _ grouped: String, _ mark: String, _ meaning: String) -> String

    // MARK: - OutreachCore/Cascade/Duty.swift

    var followUp: String { get }
    var registration: String { get }
    var launch: String { get }
    var periodicReport: String { get }
    var compactSigned: String { get }
    var otherDuty: String { get }
    var due: String { get }
    var doneOnTime: String { get }
    var doneLate: String { get }
    var overdue: String { get }
    var missing: String { get }

    // MARK: - OutreachCore/Demo/DemoPeople.swift

    var needsNonEmptyNames: String { get }
    var needsThreeDigitPrefixesSuch: String { get }

    // MARK: - OutreachCore/Import/AttendanceRowChecker.swift

    var noStatusOrSignatureColumn: String { get }
    var nobodySignedForThisPart: String { get }
    var theNameOrThePhone: String { get }
    var writePresentLateExcusedOr: String { get }
    func isNotAPartOf(_ parts: LocalizedText) -> String

    // MARK: - OutreachCore/Import/ImportTable.swift

    func rowRow(_ row: Int) -> String
    func columnColumn(_ column: String) -> String
    var unnamedSheet: String { get }
    func sheetNamed(_ name: String) -> String

    // MARK: - OutreachCore/Import/NomineeRowChecker.swift

    func thePlaceOfNomineeId(_ id: Int64) -> String
    var theFullNameIsMissing: String { get }
    var isNotAnEmailAddress: String { get }
    var theSendingOfficeIsUnknown: String { get }
    var theSendingOfficeIsUnknownFill: String { get }
    func theRoleIsMissingWrite(_ names: String) -> String
    func isNotARoleOf(_ names: String) -> String
    func thisPlaceOnlyTakesNames(_ names: String) -> String
    var writeNamMaleOrFemale: String { get }
    var cannotReadTheBirthYear: String { get }
    func theBirthYearMustBe(_ last: Int) -> String
    var isADateNotA: String { get }
    func theNumberCellLostThe(_ fixed: String) -> String
    func reasonWithLeadingZeroFix(_ reason: LocalizedText, _ digits: String) -> String
    var noSuchUnitWriteIts: String { get }
    func matchesSeveralUnitsUniqueWrite(_ unique: String) -> String
    func theSamePersonAsRow(_ sheet: LocalizedText?, _ row: Int, _ samePhone: Bool) -> String

    // MARK: - OutreachCore/Import/SignatureBlock.swift

    var isUnderTheSignatureBlock: String { get }

    // MARK: - OutreachCore/Model/Codes.swift

    func textIsNotACode(_ text: String, _ shape: String) -> String

    // MARK: - OutreachCore/Model/Nomination.swift

    var proposed: String { get }
    var confirmed: String { get }
    var withdrawn: String { get }
    var replaced: String { get }
    var reserve: String { get }

    // MARK: - OutreachCore/Model/Quota.swift

    var staffOfTheOfficeItself: String { get }
    var staffOfASubordinateUnit: String { get }

    // MARK: - OutreachCore/Model/Rate.swift

    func fromFrom(_ from: String) -> String
    var personDay: String { get }
    var delegateDay: String { get }
    var halfDay: String { get }
    var person: String { get }
    var day: String { get }
    var checkedAgainstTheText: String { get }
    var notConfirmedInAnySource: String { get }
    var placeholderConfirmBeforeUse: String { get }

    // MARK: - OutreachCore/Model/Session.swift

    /// A length of time as documents write it: "4 giờ", "3 giờ 30 phút", "45 phút".
    func duration(_ hours: Int, _ minutes: Int) -> String
    func planReference(_ type: String?, _ number: String?, _ fallback: String) -> String
    /// When a session takes place: "08h00 ngày 10/05/2022", "ngày 10/05/2022 đến ngày 12/05/2022".
    func sessionWhen(_ time: String?, _ starts: String, _ ends: String?) -> String
    var planned: String { get }
    var openText: String { get }
    var held: String { get }
    var settled: String { get }

    // MARK: - OutreachCore/Plans/BlocRecords.swift

    var signingTheEmulationCompact: String { get }
    var quarterlyMeeting: String { get }
    var sixMonthMeeting: String { get }
    var yearEndReview: String { get }

    // MARK: - OutreachCore/Plans/DutyPeriod.swift

    /// How often a duty recurs, as a reader names it: "6 tháng", "quý"; "half-year", "quarter".
    func recurrenceName(_ every: Recurrence) -> String
    /// A period as reports name it: "6 tháng đầu năm 2022", "quý III năm 2022"; "first half of 2022", "Q3 2022".
    func periodName(_ period: DutyPeriod) -> String
    func keyPeriodCodeIsNot(_ key: String, _ periodCode: String, _ every: Recurrence) -> String
    func theLastPeriodLastCodeIs(_ lastCode: String, _ firstCode: String) -> String
    func onlyThereIsNoPeriod(_ index: Int, _ perYear: Int) -> String
    func dueOnPeriodCodeIs(_ periodCode: String) -> String
    func periodCodeHasNoDue(_ periodCode: String) -> String
    func dueDateDueIsoOfPeriod(_ dueIso: String, _ periodCode: String) -> String
    var tooManyPeriodsAtMost: String { get }

    // MARK: - OutreachCore/Plans/PlanTracking.swift

    func sameTotalAs(_ total: String, _ name: String, _ criteria: String) -> String
    func blocStandingMemberChair(_ bloc: String, _ chair: String) -> String
    func sameTotalAsName(_ total: Int, _ name: String, _ code: String, _ mine: Int, _ theirs: Int) -> String
    func sameTotalAsNameRanked(_ total: Int, _ name: String, _ code: String, _ mine: Int, _ theirs: Int) -> String

    // MARK: - OutreachCore/Rules/Authority.swift

    func onlyTheOperatorOr(_ list: String) -> String
    func onlyTheOperatorTheseOrAbove(_ list: String, _ concerned: UnitCode) -> String
    func actionWithReason(_ action: LocalizedText, _ reason: LocalizedText) -> String
    func unitCodeIsNotIn(_ code: UnitCode) -> String
    var onlyTheOrganisersTheOffice: String { get }
    func onlyTheOrganisersListOr(_ list: String) -> String
    func unitDoesNotAcceptIts(_ unit: UnitCode) -> String
    func isNotAboveList(_ list: String) -> String
    func onlyAUnitAboveMay(_ list: String) -> String
    var thisPersonWorksOutsideYour: String { get }
    func listIsOutsideWhatOrganiser(_ list: String, _ organiser: UnitCode) -> String

    // MARK: - OutreachCore/Rules/AwardRules.swift

    var dutyRegistered: String { get }
    var dutyLaunched: String { get }
    var dutyCompactSigned: String { get }
    func dutySent(_ title: String) -> String
    var registerVerb: String { get }
    var asWrittenDoneAtAll: String { get }
    var stricterDoneByTheDue: String { get }
    func dutyDoneOnTime(_ what: LocalizedText, _ day: String, _ due: String) -> String
    func dutyDoneLateAsWritten(_ what: LocalizedText, _ day: String, _ due: String) -> String
    func dutyDoneLateCountsLate(_ what: LocalizedText, _ registration: Bool, _ day: String, _ due: String) -> String
    func dutyNotYetDue(_ what: LocalizedText, _ due: String, _ left: Int) -> String
    func dutyNotDoneAsOf(_ what: LocalizedText, _ numeric: String, _ due: String) -> String
    func dutyNotDoneByDue(_ what: LocalizedText, _ due: String) -> String

    // MARK: - OutreachCore/Rules/BlocScoring.swift

    var needsAtLeastOneCriterion: String { get }
    func criterionCodeCriterionCodeIsUsed(_ criterionCode: Slug) -> String
    func noCriterionCodeUnderCriteria(_ code: Slug) -> String
    func theChairHasAlreadyGiven(_ unit: UnitCode) -> String
    func unitCannotCrossCheckItself(_ unit: UnitCode) -> String
    func checkerIsNotAMember(_ checker: UnitCode) -> String
    func unitHasNotSentIts(_ unit: UnitCode) -> String
    func theChairHasAlreadyGivenUnit(_ unit: UnitCode) -> String
    func unitHasNotSentItsSelf(_ unit: UnitCode) -> String
    func unitHasNotBeenCross(_ unit: UnitCode) -> String
    func noVoteYetTheChair(_ missing: String) -> String
    func codeIsNotACriterion(_ code: Slug, _ scale: String) -> String
    func criterionCodeHasNoPoints(_ criterionCode: Slug) -> String
    func criterionCodeTakesToPoints(_ criterionCode: Slug, _ points: Int, _ value: Int) -> String
    func moreThanHalfOfThe(_ mark: String) -> String
    func votedByMoreThanPercent(_ morePercentThan: Int, _ mark: String) -> String

    // MARK: - OutreachCore/Rules/NominationDeadlines.swift

    var withdrawNominees: String { get }

    // MARK: - OutreachCore/Rules/Placement.swift

    var thisPersonsWorkplaceIsNot: String { get }
    func nominateForTheQuotaOf(_ sender: UnitCode) -> String
    func theReplacementTakesThePlace(_ id: Int64, _ roles: String) -> String

    // MARK: - OutreachCore/Rules/QuotaPlanner.swift

    func unitCodeIsNotAmong(_ code: UnitCode) -> String
    func noUnitCode(_ code: UnitCode) -> String
    func blockLabelInvitesNoUnit(_ label: String) -> String
    func unitCodeAlreadyHasAQuota(_ unitCode: UnitCode, _ other: Int) -> String

    // MARK: - OutreachCore/Rules/RateBook.swift

    func tableCodeIsAlreadyDefined(_ tableCode: Slug, _ tables: String) -> String
    func thereIsNoTableTarget(_ target: Slug, _ known: String) -> String
    func theTablesOverrideEachOther(_ names: String) -> String
    func rateCodeIsPerUnitIn(_ rateCode: Slug, _ unit: String, _ file: String, _ unit2: String) -> String

    // MARK: - OutreachCore/Support/FileFailure.swift

    /// Why a file was refused or not written, without the file's own name.
    func fileFailure(_ failure: FileFailure) -> String

    // MARK: - OutreachCore/Support/FreeText.swift

    var containsControlCharactersOrLine: String { get }
    func isLongerThanMaxLengthCharacters(_ maxLength: Int) -> String

    // MARK: - OutreachCore/Support/InputField.swift

    /// A value a use case takes, in words, as a page or a message without a front end of its own names it.
    func fieldName(_ field: InputField) -> String
    var aLateChangeCanStillBeMade: String { get }
    var aChangeAfterTheDeadline: String { get }
    var reasonForTheLateChange: String { get }
    var lateReasonShort: String { get }
    var eachChangeAfterTheDeadline: String { get }
    func theListClosedWithTheSession(_ ended: String) -> String
    func theListClosedForTheOffices(_ ended: String) -> String
    var lowerItOnlyOnPurpose: String { get }
    var chooseAnotherName: String { get }
    var fixTheRowsAboveAnd: String { get }
    var addAReserveFirst: String { get }
    var recordSomeoneWhoCameUnnominated: String { get }
    var pointAtAnExistingOne: String { get }
    var buildingTheDemoAgainWould: String { get }
    var chooseAnotherDatabase: String { get }

    // MARK: - OutreachCore/Support/NameInput.swift

    var mustNotBeEmpty: String { get }
    var mustStartWithALetter: String { get }
    var containsControlCharacters: String { get }
    var isLongerThanCharacters: String { get }
    var mustNotContainDigits: String { get }
    var needsFamilyAndGivenName: String { get }

    // MARK: - OutreachCore/Support/OutreachError.swift

    func missingInputReason(_ name: String, _ reason: LocalizedText) -> String
    func invalidValueOfField(_ field: String, _ shown: String, _ reason: LocalizedText) -> String
    func noUnitWithCode(_ code: String) -> String
    func noSessionWithCode(_ code: String) -> String
    func roleIsNotDefined(_ role: String, _ session: String, _ known: String) -> String
    func noNomineeKeyInSession(_ key: String, _ session: String) -> String
    func noPersonWithNumberId(_ id: Int64) -> String
    func keyMatchesSeveralNomineesUse(_ key: String, _ candidates: String) -> String
    func unitIsNotInvited(_ unit: String, _ session: String) -> String
    func theQuotaOfUnitDoes(_ unit: String, _ role: String, _ allowed: String) -> String
    func personWorksAtWorksAtWhich(_ person: String, _ worksAt: String, _ sender: String, _ source: LocalizedText) -> String
    func unitHasAlreadyNominatedCount(_ unit: String, _ count: Int, _ roles: String) -> String
    func nameIsAlreadyNominatedFor(_ name: String, _ session: String, _ sender: String) -> String
    func nameIsAlreadyNominatedForSession(_ name: String, _ session: String) -> String
    func theNominationDeadlineOfSession(_ session: String, _ deadline: String, _ today: String) -> String
    func unitAlreadyHasActiveFor(_ unit: String, _ active: Int, _ roles: String, _ requested: Int, _ say: String, _ beyond: String) -> String
    func nomineeIsWasAndCannot(_ nominee: String, _ was: String, _ wanted: String) -> String
    func sessionCodeAlreadyExistsIn(_ code: String) -> String
    var inTheCurrentFolder: String { get }
    func noDatabasePathHere(_ path: String, _ here: String) -> String
    func noFilePath(_ path: String) -> String
    func noFolderPathPointAt(_ path: String, _ option: String) -> String
    func filePathAlreadyExistsAnd(_ path: String) -> String
    func databaseErrorReason(_ path: String, _ reason: LocalizedText) -> String
    func fileErrorReason(_ path: String, _ reason: LocalizedText) -> String
    func actorMayNot(_ actor: String, _ action: LocalizedText) -> String
    func noPlanCode(_ code: String) -> String
    func planCodeAlreadyExistsWith(_ code: String) -> String
    func noReserveWaitsForThe(_ nominee: String) -> String
    func thePlaceOfNomineeHas(_ nominee: String, _ by: String) -> String
    func importRefusedSomeRowsNotAllowed(_ file: String, _ errors: Int, _ notAllowed: Int) -> String
    func importRefusedForRowErrors(_ file: String, _ errors: Int) -> String
    func noBlocCode(_ code: String) -> String
    func sessionEndedOnEnded(_ session: String, _ ended: String, _ action: LocalizedText) -> String
    func sessionEndedOnEndedNobody(_ session: String, _ ended: String) -> String
    func pathHasTotalChangesMade(_ path: String, _ total: Int, _ listed: String, _ last: String?) -> String
    func pathIsNotADemo(_ path: String) -> String

    // MARK: - OutreachCore/Support/PhoneNumber.swift

    var mayContainOnlyDigitsSpaces: String { get }
    var missingTheLeading: String { get }
    func needsDigitsMobileOrLandline(_ digitsCount: Int) -> String

    // MARK: - OutreachCore/Support/Suggestions.swift

    var isNotAUnitCode: String { get }
    func thisNameFitsSeveralUnits(_ found: String) -> String

    // MARK: - OutreachCore/Templates/BudgetSection.swift

    var needsAtLeastOneBudget: String { get }
    func lineCodeIsDeclaredTwice(_ lineCode: Slug) -> String
    var mustBeARuleFrom: String { get }
    var mustBeTrueFalseOr: String { get }
    func mustBeBetweenAndKm(_ fromKm: Int) -> String
    var needsFromKmOrDistricts: String { get }
    func rawQuantityIsNotAllowedChoose(_ rawQuantity: String) -> String
    func rawWithReason(_ raw: String, _ reason: LocalizedText) -> String
    var giveEitherRateARate: String { get }
    var onlyForLinesPaidBy: String { get }

    // MARK: - OutreachCore/Templates/PlanTemplate.swift

    func yearIsOutOf(_ year: Int) -> String
    var aPlanNeedsAtLeast: String { get }
    func numberIsUsedTwice(_ number: Int) -> String
    func aQuarterActivityFollows(_ quarter: Int, _ lastQuarter: Int) -> String
    func dutyCodeDutyCodeIsUsed(_ dutyCode: Slug) -> String
    func theFirstPeriodFirstCodeIs(_ firstCode: String, _ year: Int) -> String
    func dueDateDueIsoIsNot(_ dueIso: String, _ year: Int) -> String
    var owedByIsMissingOr: String { get }
    var aDutyIsOwedBy: String { get }
    var thePlanHasNoBlocs: String { get }
    func noBlocUnderBlocs(_ bloc: UnitCode) -> String
    func noBodyCodeUnderBodies(_ code: UnitCode) -> String
    func bodyCodeBodyCodeIsUsed(_ bodyCode: UnitCode) -> String
    func noDutyCodeUnderDuties(_ code: Slug) -> String
    func blocCodeBlocCodeIsUsed(_ blocCode: UnitCode) -> String
    var theDeputyIsTheChair: String { get }
    var mustBeBetweenAnd: String { get }
    func quarterMustBeToNot(_ quarter: Int) -> String
    var aRecurringDutyGivesEach: String { get }
    var noPeriodHasADue: String { get }
    func rawIsNotAPeriod(_ raw: String) -> String
    func valueIsNotAReal(_ value: String) -> String
    var mustBeBetweenAndDays: String { get }
    var aDepartmentBelongsToA: String { get }
    var giveUnitWithAnOptional: String { get }
    var needsAtLeastOneDuty: String { get }
    var pointsMustBeBetweenAnd: String { get }
    var giveUnitsOrKindsOr: String { get }
    var selectsNoUnitCheckUnits: String { get }
    func bodyCodeIsAnImportedUnit(_ bodyCode: UnitCode) -> String
    func codeIsNotAMember(_ code: UnitCode, _ blocCode: UnitCode) -> String
    func memberAlreadyBelongsToBloc(_ member: String, _ other: UnitCode) -> String

    // MARK: - OutreachCore/Templates/RateTableTemplate.swift

    var needsAtLeastOneRate: String { get }
    func effectiveToIsoIsBefore(_ toIso: String, _ effectiveFromIso: String) -> String
    func aConfidenceRateNeedsA(_ confidence: String) -> String
    func rateOverlapsEarlierRate(_ index: Int, _ rate: LocalizedText, _ earlier: Int, _ other: LocalizedText) -> String
    func missingStringValueGiveItHere(_ stringValue: String, _ tableKey: String) -> String
    var region: String { get }

    // MARK: - OutreachCore/Templates/SessionTemplate.swift

    func mustBeBetweenAndNot(_ days: Int) -> String
    var needsAtLeastOnePart: String { get }
    func roleCodeIsDeclaredTwice(_ roleCode: RoleCode) -> String
    var needsAtLeastOneRole: String { get }
    var needsAtLeastOneQuota: String { get }
    func roleIsNotDeclared(_ role: RoleCode) -> String
    func nominationDeadlineIsoIsAfter(_ deadlineIso: String, _ startsIso: String) -> String
    func followUpDueDateDueIso(_ dueIso: String, _ endsIso: String) -> String
    var endTimeIsNotAfter: String { get }
    func dateIsoIsNotADay(_ dateIso: String, _ startsIso: String, _ endsIso: String) -> String
    var attendanceByDayUsePartDay: String { get }
    var attendanceByHalfDayUseAmOrPm: String { get }
    func partHalfIsGivenTwice(_ half: String, _ date: String?) -> String
    func dateIsoHasNoPartAdd(_ dateIso: String) -> String
    func theAfternoonStartsAtStart(_ start: ClockTime, _ end: ClockTime) -> String
    func rawHalfIsNotAllowedChoose(_ rawHalf: String) -> String
    func rawTimeIsNotAllowedWrite(_ rawTime: String) -> String
    var giveEitherKindOrUnits: String { get }
    var needsAtLeastOneSlot: String { get }
    var needsOneOrMoreDifferent: String { get }
    func mustBeBetweenAndNotCount(_ count: Int) -> String
    func mustBeOneOfKnown(_ known: String, _ audience: String) -> String
    func mustBeBetweenAndDaysNot(_ days: Int) -> String
    var giveEitherDueDateOr: String { get }
    func mustNameAFileOf(_ value: String) -> String

    // MARK: - OutreachCore/Templates/StrictDecoding.swift

    func unknownKeyStringValueExpectedOne(_ stringValue: String, _ known: String) -> String
    func longerThanMaximumLengthCharacters(_ maximumLength: Int) -> String
    func notARealDate(_ raw: String) -> String
    func rawIsNotAllowedChoose(_ raw: String, _ allowed: String) -> String
    func notAValidTime(_ raw: String) -> String

    // MARK: - OutreachCore/Templates/TemplateLoader.swift

    var cannotReadTheFolder: String { get }
    var cannotBeRead: String { get }
    var isNotUTFText: String { get }
    var theFileIsEmpty: String { get }
    func malformedYAMLSummary(_ summary: String) -> String
    func missingRequiredKeyStringValue(_ stringValue: String) -> String
    func wrongTypeExpected(_ describe: LocalizedText) -> String
    func missingValueExpected(_ describe: LocalizedText) -> String
    var yamlText: String { get }
    var anInteger: String { get }
    var aList: String { get }
    var aMapping: String { get }

    // MARK: - OutreachCore/Templates/UnitListTemplate.swift

    func theStatisticalCodeMustBe(_ statCode: String) -> String
    func mustBeBetweenAndMaximumDistance(_ maximumDistance: Int, _ km: Int) -> String
    func districtIsNotIn(_ district: String) -> String
    func codeUnitCodeRepeatsUnitNumber(_ unitCode: UnitCode, _ first: Int) -> String
    func validToIsoIsBefore(_ toIso: String, _ fromIso: String) -> String
    func parentIsNotIn(_ parent: UnitCode) -> String
    func theParentsOfUnitCodeForm(_ unitCode: UnitCode) -> String
    func theNumberOfPeopleMust(_ maximumStaff: Int, _ staff: Int) -> String

    // MARK: - OutreachCore/Vietnamese/MoneyAmountError.swift

    var isNotAWholeAmount: String { get }
    var cannotBeNegative: String { get }
    func tooLargeAtMostGrouped(_ grouped: String) -> String
    func cannotWriteInWords(_ grouped: String) -> String

    // MARK: - OutreachDocuments/DocumentTemplate.swift

    var theFrontMatterOpensWith: String { get }
    var theFrontMatterMustBe: String { get }
    func theFrontMatterCannotBe(_ error: any Error) -> String
    func unknownKeyUseKnown(_ known: String) -> String
    var mustBeTextInDouble: String { get }
    var titleSizeRange: String { get }
    var mustBeAList: String { get }
    var mustBeKeyTextLines: String { get }
    var cannotBeReadUTFNeeded: String { get }
    var elseOutsideIf: String { get }
    var eachWithoutAnOpenEach: String { get }
    func trimmedWithoutAnOpenIf(_ trimmed: String) -> String
    func trimmedIsNotUnderstoodUse(_ trimmed: String) -> String
    var theBlockOpenedOnThis: String { get }
    func eachNameIsNot(_ name: String) -> String
    var withoutAClosing: String { get }
    func nameIsAListUse(_ name: String) -> String
    func noFieldNameTheFields(_ name: String, _ known: String) -> String

    // MARK: - OutreachDocuments/DocxWriter.swift

    func cannotWriteTheFileLocalizedDescription(_ localizedDescription: String) -> String

    // MARK: - OutreachDocuments/PDFConverter.swift

    var pdfNeedsLibreOfficeSofficeInstall: String { get }
    var cannotCreateATemporaryFolder: String { get }
    func cannotRunLibreOfficeError(_ error: any Error) -> String
    func libreOfficeDidNotFinishThe(_ value: Int) -> String
    func libreOfficeCouldNotPrintIt(_ terminationStatus: Int32) -> String
    var cannotWriteThePDF: String { get }

    // MARK: - OutreachExport/CascadeSheet.swift

    func sessionCodeHasNoFollow(_ sessionCode: SessionCode, _ numeric: String) -> String

    // MARK: - OutreachExport/ExportFile.swift

    var theFolderCannotBeCreated: String { get }
    func theFileCouldNotBe(_ error: String) -> String
    func workbookRefusedData(_ error: String) -> String

    // MARK: - OutreachExport/PaymentListSheet.swift

    func sessionCodeHasNoSuch(_ sessionCode: SessionCode, _ codes: String) -> String
    func thisLineIsNotPaid(_ quantityText: String) -> String

    // MARK: - OutreachExport/ReminderSheet.swift

    func cannotBeWrittenLocalizedDescription(_ localizedDescription: String) -> String

    // MARK: - OutreachImport/ImportFile.swift

    func noHeaderRowNamingThe(_ titles: String) -> String
    var nomineeColumnTitles: String { get }
    var attendanceColumnTitles: String { get }
    func textTypedInLegacyConverted(_ legacy: String) -> String
    func ignoringUnusedColumnsIgnored(_ ignored: String) -> String

    // MARK: - OutreachImport/TextTables.swift

    func columnNumber(_ v0: String) -> String
    func nulCharacterInCSV(_ line: Int, _ column: LocalizedText) -> String
    var isNeitherAnXlsxNor: String { get }

    // MARK: - OutreachImport/WorkbookTables.swift

    func cannotBeReadAsXlsx(_ error: any Error) -> String
    func holdsMoreThanCountCharacters(_ count: Int) -> String
    func holdsMoreThanCountStrings(_ count: Int) -> String
    func holdsMoreThanMibOf(_ mib: String) -> String
    func decompressesToMoreThanMib(_ mib: String) -> String
    func decompressesToMoreThanMibFrom(_ mib: String, _ size: String, _ ratio: UInt64) -> String
    func holdsAnXMLTagLonger(_ mib: String) -> String
    func fileTooLargeNotImported(_ part: String, _ mib: String, _ upTo: LocalizedText) -> String
    func fileTooLargeAtPlace(_ place: LocalizedText, _ what: LocalizedText) -> String
    var xlsxCannotOpen: String { get }
    var xlsxNotAZip: String { get }
    var xlsxDamagedZip: String { get }
    var xlsxNotAWorkbook: String { get }
    func xlsxMissingPart(_ part: String) -> String
    func xlsxMalformedXML(_ part: String, _ line: Int) -> String
    func xlsxCorruptPart(_ part: String) -> String
    func xlsxNoSheetNamed(_ sheet: String) -> String
    var xlsxTooLargeToRead: String { get }
    func xlsxPlace(_ part: String, _ cell: String?) -> String
    func xlsxUpToCell(_ cell: String?) -> String
    func theFormsHiddenMarkersAre(_ what: String) -> String

    // MARK: - OutreachOperations/Demo/DemoScenario.swift

    func theDemoDatabaseCouldNot(_ reason: LocalizedText) -> String

    // MARK: - OutreachOperations/Exports.swift

    func exportTheSignInSheet(_ code: SessionCode) -> String
    func exportTheAttendanceOfCode(_ code: SessionCode) -> String
    func exportTheBudgetOfCode(_ code: SessionCode) -> String
    func exportThePaymentListOf(_ code: SessionCode) -> String
    func exportTheFollowUpWorkbook(_ code: SessionCode) -> String
    var nobodyIsMarkedPresentYet: String { get }
    var cannotCreateTheFolder: String { get }
    func invitationTitle(_ name: String) -> String
    var remindersDutyHeading: String { get }
    func planRemindersTitle(_ plan: String) -> String
    var planRemindersPrintTitle: String { get }
    func planSubject(_ title: String, _ plan: String) -> String
    func sessionSubject(_ title: String, _ session: String) -> String

    // MARK: - OutreachOperations/ImportNominees.swift

    func thisFormBelongsToSession(_ formSession: SessionCode) -> String
    var thisFileIsNotA: String { get }
    func thisFormBelongsToFormUnit(_ formUnit: UnitCode) -> String
    var hasNoRowWithA: String { get }

    // MARK: - OutreachServer/Application+build.swift

    func cannotReadThe(_ what: LocalizedText) -> String
    var tlsCertificate: String { get }
    var tlsPrivateKey: String { get }
    var theTLSCertificateAndKey: String { get }

    // MARK: - OutreachServer/Middleware/Guard.swift

    func thisAddressDoesNotTake(_ method: String, _ names: String) -> String
    var couldNotBeDone: String { get }
    func didYouMeanNames(_ names: String) -> String
    var notAllowed: String { get }

    // MARK: - OutreachServer/Routes/APIController.swift

    func statusRawIsNotValid(_ raw: String) -> String
    func partRawMustBeDATE(_ raw: String) -> String
    func statusIsNotValid(_ status: String) -> String
    func dateRawMustBeDD(_ raw: String) -> String
    func rawIsNotAUnit(_ raw: String) -> String
    func roleIsNotValid(_ role: String) -> String

    // MARK: - OutreachServer/Routes/PageController+Duties.swift

    func theDateRawDateCannotBe(_ rawDate: String) -> String
    var isNotAPeriod: String { get }
    func rawMustBeAWhole(_ raw: String) -> String
    var theEvidenceFileCannotBe: String { get }
    func plannedTheFollowUpSession(_ sessionCode: SessionCode, _ numeric: String, _ quotas: Int) -> String
    func followUpReportSaved(_ corrected: Bool, _ numeric: String, _ reachedUnits: Int, _ audienceUnits: Int, _ reachedPeople: Int, _ label: String) -> String
    var planReportBacks: String { get }
    func planReportSaved(_ corrected: Bool, _ title: String, _ numeric: String, _ label: String) -> String

    // MARK: - OutreachServer/Routes/PageController+Import.swift

    var noFileXlsxOrCsv: String { get }
    var theCheckedFileIsNo: String { get }
    var theUploadCouldNotBe: String { get }
    var yourSessionHasEndedSign: String { get }
    var theTemporaryFolderCannotBe: String { get }
    var importAList: String { get }
    var checkResult: String { get }
    func importedFilenameAddedCountReplaced(_ filename: String, _ count: Int, _ count2: Int, _ count3: Int, _ count4: Int) -> String

    // MARK: - OutreachServer/Routes/PageController+Organiser.swift

    func seeTheWholeSessionCode(_ code: SessionCode) -> String
    func rawIsNotInsideThe(_ raw: String) -> String
    func noFileRawInThe(_ raw: String) -> String

    // MARK: - OutreachServer/Routes/PageController+PlanExports.swift

    var yearlyPlansAndBlocs: String { get }

    // MARK: - OutreachServer/Routes/PageController.swift

    func nomineeNumberRawMustBe(_ raw: String) -> String
    func noUnitIsCalledRaw(_ raw: String, _ example: UnitCode) -> String
    var sessions: String { get }
    var replaceANominee: String { get }
    var listedAsAReserve: String { get }
    var nominated: String { get }
    func idFullNameReserveTakesThe(_ id: Int64, _ fullName: String, _ place: Int64, _ state: String) -> String
    func aReserveMayTakeThe(_ id: Int64, _ fullName: String) -> String
    var by: String { get }

    // MARK: - OutreachServer/Routes/SignInController.swift

    var signIn: String { get }

    // MARK: - OutreachServer/Services/ExportDownloads.swift

    var theServerFoundNoTemplates: String { get }
    var signInSheetExportSignin: String { get }
    var nomineeListExportNominees: String { get }
    var attendanceExportAttendance: String { get }
    var followUpCascadeExportCascade: String { get }
    var budgetEstimateAndSettlementExport: String { get }
    var theSessionsPlanDocPlan: String { get }
    var invitationsEveryOfficeInOne: String { get }
    var decisionApprovingTheBudgetDoc: String { get }
    var certificatesDocCertificates: String { get }
    var thePlanAsIssuedExport: String { get }
    var reportBackTrackerExportDuties: String { get }
    var thePlansDocumentDocPlan: String { get }
    var theBlocsScoreSheetExport: String { get }

    // MARK: - OutreachServer/Services/Multipart.swift

    var theUploadCannotBeRead: String { get }

    // MARK: - OutreachServer/Services/Outreach.swift

    var theServerFoundNoTemplatesFolder: String { get }

    // MARK: - OutreachServer/Services/RequestBody.swift

    func theFieldHasThe(_ field: String) -> String

    // MARK: - OutreachServer/Views/HTML.swift

    var trainingNominations: String { get }
    var signOut: String { get }
    var otherLanguageName: String { get }

    // MARK: - OutreachServer/Views/Pages+Duties.swift

    func dueNumericAudienceUnits(_ numeric: String, _ audienceUnits: Int, _ audiencePeople: Int, _ label: String) -> String
    var followUpSession: String { get }
    func reportedHeldNumericReachedUnits(_ numeric: String, _ reachedUnits: Int, _ reachedPeople: Int) -> String
    var planTheFollowUpSession: String { get }
    var dateDDMMYYYY: String { get }
    var days: String { get }
    var venue: String { get }
    var peoplePerUnit: String { get }
    var plan: String { get }
    var countFromTheFollowUp: String { get }
    var followUpCascade: String { get }
    var reportTheResult: String { get }
    var dayHeldDDMMYYYY: String { get }
    var unitsReached: String { get }
    var peopleReached: String { get }
    var note: String { get }
    var sendTheReport: String { get }
    var noPlanAsksYourUnit: String { get }
    func reportedOnNumeric(_ numeric: String) -> String
    var withAnEvidenceFile: String { get }
    var duty: String { get }
    var dueInPageDuties: String { get }
    var status: String { get }
    var report: String { get }
    var sentOnDDMMYYYY: String { get }
    var dayTheReportWasSent: String { get }
    var evidenceFile: String { get }
    var sessionsInPageDuties: String { get }
    func giveTheDayTheReport(_ maxUpload: Int) -> String

    // MARK: - OutreachServer/Views/Pages+Import.swift

    var importNomineesFromAFile: String { get }
    func uploadTheFilledNominationForm(_ base: String, _ maxUpload: Int) -> String
    var fileXlsxOrCsv: String { get }
    var checkWritesNothing: String { get }
    var errorInPageImport: String { get }
    var warning: String { get }
    var severity: String { get }
    var sheet: String { get }
    var row: String { get }
    var column: String { get }
    var message: String { get }
    var problems: String { get }
    var errors: String { get }
    var add: String { get }
    var replace: String { get }
    var update: String { get }
    var change: String { get }
    var name: String { get }
    var role: String { get }
    func importPlanCounts(_ count: Int, _ count2: Int, _ count3: Int, _ count4: Int) -> String
    var nothingWasChangedCorrectThe: String { get }
    var dryRunNothingWritten: String { get }
    var confirmImportExactlyThisFile: String { get }
    var fileCheck: String { get }
    var uploadAnotherFile: String { get }
    var back: String { get }
    func actorMayNotAsked(_ actor: String, _ asked: String) -> String
    var anOfficeSeesAndChanges: String { get }
    var nothingWasChanged: String { get }
    var home: String { get }
    func downloadTheScoreSheetOf(_ code: String) -> String
    func downloadTheWorkbooksOfPlan(_ code: String) -> String
    var doThis: String { get }
    func inSession(_ session: String) -> String
    func confirmNomineeNumber(_ number: String) -> String
    func withdrawNomineeNumber(_ number: String) -> String
    func replaceNomineeNumber(_ number: String) -> String
    func seeNomineeNumber(_ number: String) -> String
    func nominateForTheQuotaOfUnit(_ unit: String) -> String
    func downloadTheNominationFormOf(_ unit: String) -> String
    func importTheNomineesOfUnit(_ unit: String) -> String
    func reportTheFollowUpOf(_ unit: String) -> String
    func seeTheQuotaAndNominees(_ unit: String) -> String
    var downloadAnOfficesNominationForm: String { get }
    var downloadTheWorkbooks: String { get }
    func seeSession(_ session: String) -> String

    // MARK: - OutreachServer/Views/Pages+Nominees.swift

    var fullName: String { get }
    var position: String { get }
    var phone: String { get }
    var workplacePickFromTheList: String { get }
    var searchYourUnitsPeopleName: String { get }
    var search: String { get }
    func nobodyMatchesEscape(_ escape: String) -> String
    var workplace: String { get }
    var nominateThisPerson: String { get }
    var withdrawnInPageNominees: String { get }
    var holdsItWillBeReplaced: String { get }
    var chooseAPlace: String { get }
    var theFirstWaiting: String { get }
    var giveAPlaceToA: String { get }
    var thePlaceOf: String { get }
    var theReserveWhoTakesIt: String { get }
    var confirmAtOnce: String { get }
    var giveThePlace: String { get }
    var badRequest: String { get }
    var signInNeeded: String { get }
    var notFound: String { get }
    var notPossibleInTheCurrentState: String { get }
    var tooLarge: String { get }
    var wrongKindOfContent: String { get }
    var theDataIsNotValid: String { get }
    var tooManyAttempts: String { get }
    var serverError: String { get }

    // MARK: - OutreachServer/Views/Pages+Organiser.swift

    var dayInPageOrganiser: String { get }
    var confirmedInPageOrganiser: String { get }
    var runningTotal: String { get }
    var noConfirmationsYet: String { get }
    var office: String { get }
    var required: String { get }
    var lateInPageOrganiser: String { get }
    var rate: String { get }
    var noAttendanceRecordedYet: String { get }
    func presentLateAbsent(_ present: Int, _ late: Int, _ absent: Int, _ unmarked: Int, _ rateAgainstQuota: String) -> String
    var noFollowUpDutiesOpened: String { get }
    var completeWithLevelsBelow: String { get }
    func reportedOwedDutiesPercent(_ reported: Int, _ owed: Int, _ percent: String, _ onTime: Int, _ late: Int, _ overdue: Int, _ missing: Int, _ reachedUnits: Int, _ reachedPeople: Int) -> String
    func paymentListNameExportPayment(_ name: String) -> String
    var theSessionsExportsFolderHolds: String { get }
    var confirmationsOverTime: String { get }
    var attendance: String { get }
    var downloadWorkbooks: String { get }
    var eachWorkbookIsMadeAgain: String { get }
    var eachOfficesNominationFormExport: String { get }
    func officesCountOfficesInvited(_ officesCount: Int) -> String
    var downloadDocumentsWord: String { get }
    var eachDocumentIsWrittenAgain: String { get }
    var yearlyPlansAndBlocsWorkbooks: String { get }
    var filesInTheSessionsExports: String { get }

    // MARK: - OutreachServer/Views/Pages+PlanExports.swift

    var planInPagePlanExports: String { get }
    var noPlanIssuedByYour: String { get }
    var noBlocYourUnitMay: String { get }
    var eachWorkbookIsMadeAgainFrom: String { get }
    var yearlyPlans: String { get }
    var blocs: String { get }

    // MARK: - OutreachServer/Views/Pages.swift

    var enterTheAccessCodeThe: String { get }
    var accessCode: String { get }
    var noNominationDeadline: String { get }
    func leftDaysLeftBeforeThe(_ left: Int, _ day: String) -> String
    func todayIsTheNominationDeadline(_ day: String) -> String
    func theNominationDeadlineHasPassed(_ day: String) -> String
    var yourUnitTakesPartIn: String { get }
    var myUnitsYearlyPlanReport: String { get }
    var code: String { get }
    var title: String { get }
    var date: String { get }
    var deadline: String { get }
    func noneOver(_ over: Int) -> String
    var none: String { get }
    var nominatedInPage: String { get }
    var missingInPage: String { get }
    var myUnitsNominees: String { get }
    var quotasAndNominations: String { get }
    func totalRequiredNominated(_ required: Int, _ nominated: Int, _ confirmed: Int, _ missing: Int, _ complete: Int, _ officesCount: Int) -> String
    var confirm: String { get }
    var replaceInPage: String { get }
    var reason: String { get }
    var withdraw: String { get }
    var no: String { get }
    var statusInPage: String { get }
    var actions: String { get }
    var notSaved: String { get }
    var correctItInTheForm: String { get }
    var seeItInItsRow: String { get }
    var noNomineesYet: String { get }
    var quota: String { get }
    var total: String { get }
    var nominees: String { get }
    var nominationForm: String { get }
    var downloadTheNominationFormXlsx: String { get }
    var importAFilledFormOr: String { get }
    var findSomeoneToNominate: String { get }
    var nominateSomeoneOrListA: String { get }
    var nominate: String { get }
    var listAsAReserveTakes: String { get }

    // MARK: - OutreachServer/WebError.swift

    var signInNeededSendThe: String { get }
    var theAccessCodeIsNot: String { get }
    var theAccessCodeHasBeen: String { get }
    func theAccessCodeExpiredAfter(_ numeric: String) -> String
    var tooManyFailedSignIns: String { get }
    var tooManyWrongAccessCodes: String { get }
    var theFormIsStaleOr: String { get }
    func theBodyMustBeOf(_ expected: String) -> String
    func theJSONBodyCannotBe(_ place: (line: Int, column: Int)?) -> String
    var theJSONBodyIsMissing: String { get }
    var theJSONBodyMustBe: String { get }
    func theBodyIsTooLarge(_ limit: Int) -> String
    func theFieldIsMissing(_ field: String) -> String
    var noSuchPage: String { get }
    var yourUnitNeitherTakesPart: String { get }
    var badRequestInWebError: String { get }
    var serverErrorNothingWasChanged: String { get }

    // MARK: - OutreachStore/AppDatabase+Access.swift

    func isPastTodayIsRealTodayIso(_ realTodayIso: String) -> String
    func grantAccessToUnit(_ unit: UnitCode) -> String
    func revokeTheAccessOfUnit(_ unit: UnitCode) -> String

    // MARK: - OutreachStore/AppDatabase+Attendance.swift

    func nomineeWhoseStatusCannotBeMarked(_ id: Int64, _ status: LocalizedText) -> String
    func recordAttendanceOfId(_ id: Int64) -> String
    func isNotAPartOfThis(_ all: String) -> String
    func thisPartHasNotBeen(_ numeric: String) -> String
    func nothingHeldYetToMark(_ today: String, _ starts: String) -> String
    var thisPersonWasNominatedAfter: String { get }
    var aWalkInCanOnly: String { get }
    var recordAWalkIn: String { get }
    var walkInNote: String { get }
    var replaceNominees: String { get }

    // MARK: - OutreachStore/AppDatabase+AttendanceImport.swift

    func importTheAttendanceOfCode(_ code: SessionCode) -> String
    var isNotOnThisSessions: String { get }
    var wasWithdrawnOrReplacedAnd: String { get }

    // MARK: - OutreachStore/AppDatabase+Authority.swift

    func importTheNominationsOfOffice(_ office: UnitCode) -> String

    // MARK: - OutreachStore/AppDatabase+BlocChain.swift

    func planTemplateCode(_ templateCode: UnitCode) -> String
    func blocCode(_ code: UnitCode) -> String
    func unitIsNotAMember(_ unit: UnitCode, _ code: UnitCode) -> String
    func issueTheCriteriaOfBloc(_ code: UnitCode) -> String
    func blocCodeAlreadyHasFinal(_ code: UnitCode) -> String
    func selfScoreUnitInBloc(_ unit: UnitCode, _ code: UnitCode) -> String
    func recordCheckerSCrossCheck(_ unit: UnitCode, _ checker: UnitCode, _ code: UnitCode) -> String
    func recordVoterSBallotIn(_ voter: UnitCode, _ code: UnitCode) -> String
    func isAfterTodayNumericOnly(_ numeric: String) -> String
    func recordAMeetingOfBloc(_ code: UnitCode) -> String
    func isNotInThePlans(_ year: Int) -> String
    func blocFactsCodeHasNoScoring(_ factsCode: UnitCode) -> String

    // MARK: - OutreachStore/AppDatabase+Blocs.swift

    func createBlocCode(_ code: UnitCode) -> String
    func blocCodeExistsAlready(_ code: UnitCode) -> String
    func addMembersToBlocCode(_ code: UnitCode) -> String
    func scoreBlocCode(_ code: UnitCode) -> String
    func blocCodeHasNoScoring(_ code: UnitCode, _ templateCode: UnitCode) -> String
    func isNotACriterionOf(_ scaleOwner: LocalizedText, _ criteria: String) -> String
    func criterionTakesToPoints(_ criterion: Slug, _ points: Int) -> String
    func unitAlreadyBelongsToBloc(_ unit: UnitCode, _ other: String, _ plan: String) -> String

    // MARK: - OutreachStore/AppDatabase+Budget.swift

    var sessionActualTotal: String { get }
    func unitActualTotal(_ unit: String) -> String
    func lineActualTotal(_ line: String) -> String
    var notPaidLodging: String { get }
    var notPaidPerDiem: String { get }
    func lineIsPaidBy(_ line: Slug) -> String
    func lineIsPaidByEach(_ line: Slug) -> String
    var recordActualSpending: String { get }
    func withItAnActualTotal(_ what: String, _ limit: String) -> String
    func totalWouldExceed(_ total: LocalizedText, _ limit: String) -> String
    func addedToGroupedIsToo(_ grouped: String, _ grouped2: String) -> String
    func isADivisionWithoutIts(_ name: String) -> String
    func lineRefusedForOffice(_ refusal: LocalizedText, _ distance: String, _ rule: String) -> String

    // MARK: - OutreachStore/AppDatabase+Cascade.swift

    func openTheFollowUpOf(_ code: SessionCode) -> String
    func sessionCodeRequiresNoFollow(_ code: SessionCode) -> String
    func cascadeGroupStaffOf(_ office: String) -> String
    func cascadeGroupUnitsBelow(_ office: String) -> String
    func cascadeDutyTitle(_ session: String) -> String
    func theFollowUpDutiesOf(_ code: SessionCode, _ opened: String) -> String
    func sessionCodeHasNotEnded(_ code: SessionCode, _ numeric: String) -> String
    func sessionCodeHasNoAttendance(_ code: SessionCode) -> String
    var mustBeBetweenAndInCascade: String { get }
    func assignTheFollowUpDuties(_ parentCode: SessionCode) -> String
    func planTheFollowUpOf(_ unit: UnitCode) -> String
    func unitAlreadyPlannedFollowUp(_ unit: UnitCode, _ child: SessionCode, _ parentCode: SessionCode) -> String
    func isBeforeSessionParentCodeEnds(_ parentCode: SessionCode, _ numeric: String) -> String
    func isBeforeSessionCodeEnds(_ code: SessionCode, _ numeric: String) -> String
    var reachedMustBeBetween0And10Million: String { get }
    func dutyIdOfUnitIs(_ id: Int64, _ unit: UnitCode) -> String
    func reportOnDutyIdOf(_ id: Int64, _ unit: UnitCode) -> String
    func theReportOfUnitWas(_ unit: UnitCode, _ acceptedBy: String, _ numeric: String) -> String
    func unitHasNoFollowUp(_ unit: UnitCode) -> String
    func sessionChildHasNoAttendance(_ child: SessionCode) -> String
    var theDayItWasHeld: String { get }
    var theUnitsAndPeopleReached: String { get }
    func isAfterTodayNumericOnlyReport(_ numeric: String) -> String
    func isBeforeSessionSourceEnded(_ source: SessionCode) -> String
    func moreThanTheAudienceUnits(_ audienceUnits: Int, _ unit: UnitCode) -> String
    func acceptTheReportOfUnit(_ unit: UnitCode) -> String
    func theReportOfUnitWasAlready(_ unit: UnitCode, _ numeric: String) -> String
    func unitHasNotReportedYet(_ unit: UnitCode) -> String
    var aReasonForReopeningIs: String { get }
    func reopenTheReportOfUnit(_ unit: UnitCode) -> String
    func theReportOfUnitIs(_ unit: UnitCode) -> String
    func noDutyNumberId(_ id: Int64) -> String
    func unitOwesNoFollowUp(_ unit: UnitCode, _ code: SessionCode) -> String
    func sessionCodeIsNotThe(_ code: SessionCode) -> String
    var theGeneratedCodeIsOver: String { get }

    // MARK: - OutreachStore/AppDatabase+Import.swift

    func sameNameAndPhoneAs(_ name: String) -> String
    func sameNameAndPhoneAsPerson(_ id: Int64, _ name: String, _ name2: String) -> String
    func sameNameAndBirthYear(_ year: Int, _ id: Int64, _ name: String) -> String
    func sameNameAsPersonId(_ id: Int64, _ name: String, _ phone: String) -> String
    var changeNomineeDetails: String { get }
    func samePhoneAsPrefilledBefore(_ prefilled: Int64, _ before: String) -> String
    func thisFormIsOutOf(_ id: Int64, _ change: LocalizedText, _ senderCode: String) -> String
    var formNomineeWithdrawn: String { get }
    var formNomineeReplaced: String { get }
    var formNomineeOnReserve: String { get }
    var formNomineeHoldsNoPlace: String { get }

    // MARK: - OutreachStore/AppDatabase+Listing.swift

    func seeTheNomineesOfOffice(_ office: UnitCode) -> String

    // MARK: - OutreachStore/AppDatabase+Maintenance.swift

    func migrationMissingIsMissingWhile(_ missing: String) -> String
    func damagedStructureLine(_ line: String) -> String
    func placeColumnFieldPointsTo(_ place: String, _ field: String, _ parent: String) -> String
    var isAFolder: String { get }
    var isAnEmptyFileNot: String { get }
    var notAnOutreachDatabaseIt: String { get }
    var isTheDatabaseBeingBacked: String { get }
    func destinationIsBesideItA(_ destination: String) -> String

    // MARK: - OutreachStore/AppDatabase+Nominations.swift

    var confirmNominees: String { get }
    func seeTheNomineesOfCode(_ code: SessionCode) -> String
    func changeTheWorkplaceOrPosition(_ fullName: String) -> String
    var aFullNameIsNeeded: String { get }
    var theSendingOfficeOrThe: String { get }
    func lookUpNomineeRawKey(_ rawKey: String) -> String

    // MARK: - OutreachStore/AppDatabase+PlanActivities.swift

    func isAfterTodayNumericOnlyRecord(_ numeric: String) -> String
    func markActivityNumberOfPlan(_ number: Int, _ templateCode: UnitCode) -> String
    func planTemplateCodeHasNoActivity(_ templateCode: UnitCode, _ number: Int, _ numbers: String) -> String
    func isBeforeThePlansYear(_ year: Int) -> String

    // MARK: - OutreachStore/AppDatabase+PlanDuties.swift

    func blocCodeExistsAlreadyPlan(_ blocCode: UnitCode, _ owner: String) -> String
    func setTheDueDateOf(_ duty: Slug, _ periodCode: String, _ code: UnitCode) -> String
    func planCodeHasNoDuty(_ code: UnitCode, _ duty: Slug) -> String
    func dutyDoesNotRecur(_ duty: Slug) -> String
    func isNotAPeriodOf(_ duty: Slug, _ periods: String) -> String
    func dueBeforePeriodBegins(_ period: DutyPeriod, _ numeric: String) -> String
    func periodReportAlreadyAccepted(_ period: DutyPeriod, _ unitCode: String) -> String
    func isAfterTodayNumericOnlyRecordReports(_ numeric: String) -> String
    func theReportOfUnitWasAccepted(_ unit: UnitCode, _ numeric: String, _ id: Int64) -> String
    func planCodeHasNoAward(_ code: UnitCode) -> String
    func noPlanDutyNumberId(_ id: Int64) -> String
    func dutyNumberIdIsOwed(_ id: Int64, _ unitCode: String, _ unit: UnitCode) -> String
    func dutyCodeRecursGiveThe(_ code: Slug, _ periods: String) -> String
    func dutyCodeDoesNotRecur(_ code: Slug) -> String
    func planHasNoDuty(_ plan: UnitCode, _ code: Slug, _ known: String) -> String
    func unitOwesNoCodeUnder(_ unit: UnitCode, _ code: Slug, _ plan: UnitCode) -> String

    // MARK: - OutreachStore/AppDatabase+Plans.swift

    func loadAPlanIssuedBy(_ issuer: UnitCode) -> String

    // MARK: - OutreachStore/AppDatabase+Reserves.swift

    var givePlacesToReserves: String { get }

    func idIsNotAReserve(_ id: Int64) -> String
    func isAReserveOfSenderCode(_ senderCode: String, _ senderCode2: String) -> String

    // MARK: - OutreachStore/AppDatabase+Sessions.swift

    func createSessionCode(_ sessionCode: SessionCode) -> String
    var quotaCountRange: String { get }
    var changeQuotas: String { get }
    func severalSlotsOfUnitAccept(_ unit: UnitCode, _ matching: String) -> String

    // MARK: - OutreachStore/AppDatabase+Units.swift

    var loadUnits: String { get }

    // MARK: - OutreachStore/AppDatabase+Visibility.swift

    func seeSessionCodeTheUnit(_ code: SessionCode) -> String
    func seeNomineeNumberInVisibility(_ number: Int64) -> String
    func searchThePeopleOfOffice(_ office: UnitCode) -> String

    // MARK: - OutreachStore/AppDatabase.swift

    func schemaVersionThisVersion(_ version: Int, _ knownCount: Int) -> String
    func unknownMigrationList(_ list: String) -> String
    var isAnEmptyFileNotA: String { get }
    func madeByANewerVersion(_ detail: LocalizedText) -> String
    func migrationMissingIsMissingWhileLater(_ missing: String) -> String
    var notAnOutreachDatabaseItHolds: String { get }
    func folderDirectoryDoesNotExist(_ directory: String) -> String
    var notAnOutreachDatabaseThe: String { get }
    var theDatabaseFileIsDamaged: String { get }
    var cannotBeOpenedCheckThe: String { get }
    var isReadOnly: String { get }
    var isBusyInAnotherProgram: String { get }
    var theDiskIsFull: String { get }

    // MARK: - OutreachStore/CommandContext.swift

    var sameNameAsSomeoneIn: String { get }
    func sameNameAsPersonIdPlace(_ id: Int64, _ place: String, _ phone: String) -> String

    // MARK: - OutreachStore/OutreachStorage+PlanVisibility.swift

    func seeTheWholePlanCode(_ code: UnitCode) -> String
    func seeTheWholeBlocCode(_ code: UnitCode) -> String

    // MARK: - OutreachStore/OutreachStorage.swift

    func seeTheQuotasOfCode(_ code: SessionCode) -> String

    // MARK: - outreach-server/OutreachServerCommand.swift

    func portIsInUse(_ port: Int) -> String
    func notAllowedToOpenPort(_ port: Int) -> String
    func thisMachineHasNoAddress(_ host: String) -> String
    func cannotOpenThePortError(_ error: String) -> String
    var errorInOutreachServerCommand: String { get }
    func outreachServingPathAtScheme(_ path: String, _ scheme: String, _ host: String, _ port: Int) -> String
    func cannotServeAtHostPort(_ host: String, _ port: Int, _ error: String) -> String

    // MARK: - outreach/Commands/Access.swift

    var giveAnOfficeItsOwn: String { get }
    var eachOfficeGetsAToken: String { get }
    var giveAUnitANew: String { get }
    var theLinkOpensTheSign: String { get }
    var theUnitEGPGD: String { get }
    var theLastDayTheCode: String { get }
    var theServersAddressAsOffices: String { get }
    func expiresMustBeAReal(_ expires: String) -> String
    var listTheSignInsGiven: String { get }
    var exampleOutreachAccessListJson: String { get }
    var revokeEverySignInOf: String { get }
    var exampleOutreachAccessRevokePGD: String { get }
    func serverAddressRefused(_ option: String, _ raw: String, _ reason: LocalizedText) -> String
    var addressMustBeHTTP: String { get }
    var addressHasNoHost: String { get }
    var addressMustHaveNoQuery: String { get }
    var addressHasSpacesOrControl: String { get }
    var addressHasABadPort: String { get }
    func accessForUnitNumberId(_ unit: UnitCode, _ id: Int64) -> String
    var signInLink: String { get }
    var codeInAccess: String { get }
    var expiresAfter: String { get }
    var theCodeIsPrintedThis: String { get }
    var active: String { get }
    var revoked: String { get }
    var expired: String { get }
    func codeHadNoAccessIn(_ code: UnitCode) -> String
    func revokedCountAccessEsOf(_ count: Int, _ code: UnitCode) -> String

    // MARK: - outreach/Commands/Attendance.swift

    var recordWhoCamePerHalf: String { get }
    var recordANomineeAsPresent: String { get }
    var partsAreHalfDaysAm: String { get }
    var presentLateExcusedOrAbsent: String { get }
    var thePartDATEAmDATE: String { get }
    var aNoteKeptWithThe: String { get }
    func partMustBeDATEAm(_ part: String) -> String
    var recordSomeoneWhoCameWithout: String { get }
    var thePersonIsAddedTo: String { get }
    var theSendingOfficeFoundFrom: String { get }
    var theNomineeWhosePlaceThe: String { get }
    var presentOrLate: String { get }
    var thePartDATEAmDATEPm: String { get }
    var giveUnitOrWorksAt: String { get }
    var attendancePerOfficePerRole: String { get }
    var countedOverPersonPartsA: String { get }
    func seeTheAttendanceOfCode(_ code: SessionCode) -> String
    func recordedWalkInIdName(_ id: Int64, _ name: String, _ sender: String) -> String
    var parts: String { get }
    func presentLateExcusedAndAbsent(_ partsCount: Int) -> String
    var byOffice: String { get }
    var byRole: String { get }
    var totalInAttendance: String { get }

    // MARK: - outreach/Commands/AttendanceImport.swift

    var importAttendanceFromATyped: String { get }
    var aListNeedsAName: String { get }
    var theXlsxOrCsvFile: String { get }
    var theSession: String { get }
    var theHalfDayASign: String { get }
    var checkAndShowWhatWould: String { get }
    var importTheValidRowsEven: String { get }
    func partCodeIsNotA(_ partCode: String, _ code: String, _ all: String) -> String
    func nameTheColumnDoesNot(_ name: String, _ code: String, _ partsCount: Int, _ all: String) -> String
    var warningInAttendanceImport: String { get }
    func keptPeopleWithAnEmpty(_ kept: Int) -> String
    func markedUnchanged(_ marked: Int, _ unchanged: Int) -> String
    func importedName(_ name: String) -> String
    var dryRunNothingWrittenInAttendanceImport: String { get }

    // MARK: - outreach/Commands/Audit.swift

    var showTheAuditTrailWho: String { get }
    var listAuditLinesOldestFirst: String { get }
    var sessionKeepsTheLinesAbout: String { get }
    var onlyLinesAboutThisSession: String { get }
    var onlyLinesAboutThisUnit: String { get }
    var onlyLinesFromThisDay: String { get }
    func entriesCountLines(_ entriesCount: Int) -> String
    var organiserInAudit: String { get }

    // MARK: - outreach/Commands/Bloc.swift

    func selfScored(_ member: UnitCode, _ total: String, _ late: Bool) -> String
    var emulationBlocsMembersTheBlocs: String { get }
    var createABlocOfA: String { get }
    var theBlocIsScoredOn: String { get }
    var theBlocsCode: String { get }
    var thePlanWhoseCriteriaThe: String { get }
    var theBlocsName: String { get }
    var theChairUnit: String { get }
    var theDeputyUnit: String { get }
    var furtherMembers: String { get }
    var addMembersToABloc: String { get }
    var exampleOutreachBlocAddKHOI: String { get }
    var theUnitsToAdd: String { get }
    var recordAMembersPointsOn: String { get }
    var pointsRunFromToThe: String { get }
    var theMemberScored: String { get }
    var theCriterionsCodeInThe: String { get }
    var thePoints: String { get }
    var isNotACriterionCode: String { get }
    var issueTheBlocsOwnCriteria: String { get }
    var theFileHasTheKeys: String { get }
    var theCriteriaFileYAML: String { get }
    var aMembersSelfScoreAgainst: String { get }
    var eachCriterionOnceAsCode: String { get }
    var theMemberScoringItself: String { get }
    var pointsPerCriterionCodePoints: String { get }
    var aCrossCheckOneMember: String { get }
    var afterTheMemberCheckedSent: String { get }
    var theMemberChecked: String { get }
    var theCheckingMember: String { get }
    var aRemark: String { get }
    var checkedPointsPerCriterionCode: String { get }
    var aMembersBallotInThe: String { get }
    var onlyOnceEveryMemberHas: String { get }
    var theVotingMember: String { get }
    var theUnitsProposed: String { get }
    var recordAMeetingOfThe: String { get }
    var kindCompactQuarterlySixMonth: String { get }
    var theKindOfMeeting: String { get }
    var theDayHeldYYYYMM: String { get }
    var theMembersPresent: String { get }
    var aNote: String { get }
    func mustBeAllCases(_ allCases: String) -> String
    var aBlocsMembersRankedBy: String { get }
    var exampleOutreachBlocShowKHOI: String { get }
    var theBlocsOfAPlan: String { get }
    var exampleOutreachBlocListLCU: String { get }
    var thePlanCode: String { get }
    var aBlocsScoreSheetPoints: String { get }
    var exampleWritesExportsKHOILDLD: String { get }
    var writeCriterionCodePointsE: String { get }
    func criterionCodeIsGivenTwice(_ code: Slug) -> String
    func createdBlocViewCodeStandingsCountMembers(_ viewCode: UnitCode, _ standingsCount: Int) -> String
    func blocViewCodeHasStandingsCountMembers(_ viewCode: UnitCode, _ standingsCount: Int) -> String
    func memberSlugPointsTotal(_ member: UnitCode, _ slug: Slug, _ points: Int, _ standing: Int, _ standing2: Int) -> String
    func blocViewCodeCriteriaCountCriteriaTotal(_ viewCode: UnitCode, _ criteriaCount: Int, _ total: Int) -> String
    func memberCrossCheckedCheckPoints(_ member: UnitCode, _ check: Int, _ selfScores: Int) -> String
    func blocViewCodeBallotsCountStandingsCountMembers(_ viewCode: UnitCode, _ ballotsCount: Int, _ standingsCount: Int) -> String
    func blocCountOfHeld(_ label: LocalizedText, _ viewCode: UnitCode, _ held: Int, _ held2: Int) -> String
    func chairChair(_ chair: UnitCode) -> String
    func deputyOfBloc(_ v0: UnitCode) -> String
    func planTemplateCodeInBloc(_ templateCode: UnitCode) -> String
    var theBlocsOwnCriteria: String { get }
    func selfScoresDueNumeric(_ numeric: String) -> String
    var rank: String { get }
    var unit: String { get }
    var selfText: String { get }
    var checked: String { get }
    var votes: String { get }
    var proposedInBloc: String { get }
    var lateInBloc: String { get }
    var yes: String { get }
    var noInBloc: String { get }
    func unitNameCrossCheckedByChecker(_ unitName: String, _ checker: String, _ remark: String) -> String
    var proposedWhen: String { get }
    func presentCountPresentAbsent(_ presentCount: Int) -> String
    func wrotePathStandingsCountUnits(_ path: String, _ standingsCount: Int) -> String

    // MARK: - outreach/Commands/Budget.swift

    var estimateASessionsBudgetFrom: String { get }
    var theLinesComeFromThe: String { get }
    var theFolderOfRateTables: String { get }
    var showTheEstimateOrganiserLines: String { get }
    var participantsAreEveryOfficesRequired: String { get }
    var recordWhatWasReallySpent: String { get }
    var theAmountIsWholeOr: String { get }
    var theBudgetLineCodeE: String { get }
    var theAmountIn: String { get }
    var whatTheFigureIsInvoice: String { get }
    var theSendingOfficeWhoseSpending: String { get }
    var addTheAmountToThe: String { get }
    func giveOneAmountSuchAs(_ amountWords: String) -> String
    var isNotABudgetLine: String { get }
    var estimateActualAndDifferencePer: String { get }
    var exampleOutreachBudgetShowLCI: String { get }
    func budgetEstimateOfSessionCodeParticipants(_ sessionCode: SessionCode, _ participants: Int64, _ label: String, _ days: Int) -> String
    var budgetLine: String { get }
    var amount: String { get }
    func addedToActualLineOffice(_ line: Slug, _ office: String, _ grouped: String, _ grouped2: String, _ total: String) -> String
    func recordedActualLineOfficeTotal(_ line: Slug, _ office: String, _ total: String, _ named: String) -> String
    func amountWithNote(_ grouped: String, _ note: String?) -> String
    func recordedActualLineOfficeTotalInBudget(_ line: Slug, _ office: String, _ total: String) -> String
    func estimateAndActualsOfSessionCode(_ sessionCode: SessionCode) -> String
    var organiserPays: String { get }
    var sendingUnitsPay: String { get }
    var totalInBudget: String { get }
    var inWords: String { get }
    var actual: String { get }
    var difference: String { get }

    // MARK: - outreach/Commands/Cascade.swift

    var followUpCascadesDutiesPer: String { get }
    var afterASessionIsHeld: String { get }
    var theSessionTheDutyComes: String { get }
    var theOfficeThatOwesThe: String { get }
    var theDutyNumberAsIn: String { get }
    var nameTheDutySESSIONUnit: String { get }
    var dutyAndUnitDoNot: String { get }
    var fixTheFollowUpDuties: String { get }
    var officesWithAtLeastOne: String { get }
    var obligeEveryInvitedOfficeNot: String { get }
    var createAnOfficesOwnSession: String { get }
    var theChildInheritsTitleTopic: String { get }
    var theParentSessionCode: String { get }
    var theOfficeThatReRuns: String { get }
    var theDayTheChildSession: String { get }
    var whereItIsHeld: String { get }
    var thePlaceInTheDate: String { get }
    var theChildSessionsCodeDefault: String { get }
    var daysItLasts: String { get }
    var placesPerInvitedUnit: String { get }
    var rolesThePlacesAcceptCodes: String { get }
    var theChildRequiresAFollow: String { get }
    var theChildRequiresAFollowUp: String { get }
    var whomTheChildsFollowUp: String { get }
    var giveFollowUpDaysOr: String { get }
    var followUpDaysMustBe: String { get }
    var audienceNeedsFollowUpDays: String { get }
    var reportAFollowUpAs: String { get }
    var theFiguresAreTypedOr: String { get }
    var theDayTheFollowUp: String { get }
    var unitsReachedInCascade: String { get }
    var peopleReachedInCascade: String { get }
    var countUnitsAndPeopleFrom: String { get }
    var aNoteKeptWithTheReport: String { get }
    var giveHeldReachedUnitsAnd: String { get }
    var acceptAnOfficesReportThe: String { get }
    var exampleOutreachCascadeAcceptLCI: String { get }
    var reopenAnAcceptedReportSo: String { get }
    var exampleOutreachCascadeReopenLCI: String { get }
    var whyTheReportIsReopened: String { get }
    func openedDutiesCountFollowUpDuties(_ dutiesCount: Int, _ due: String) -> String
    func createdSessionCodeOnNumeric(_ sessionCode: SessionCode, _ numeric: String, _ id: Int64, _ unit: UnitCode, _ numeric2: String, _ quotas: Int) -> String
    func unitReportSaved(_ corrected: Bool, _ unit: UnitCode, _ numeric: String, _ reachedUnits: Int, _ audienceUnits: Int, _ reachedPeople: Int, _ label: String) -> String
    func acceptedTheReportOfUnit(_ unit: UnitCode, _ id: Int64) -> String
    func reopenedTheReportOfUnit(_ unit: UnitCode, _ id: Int64) -> String

    // MARK: - outreach/Commands/CascadeStatus.swift

    var officesCounted: String { get }
    var dutiesCounted: String { get }
    var theFollowUpTreeOf: String { get }
    var completenessIsReportsOverDuties: String { get }
    var showTheTreeDownTo: String { get }
    var levelMustBeOrMore: String { get }
    var theOfficesStillOwingA: String { get }
    var listsEveryDutyNotDone: String { get }
    var onlyDutiesDownToThis: String { get }
    var writeToFILECsvOr: String { get }
    var oMustNameACsv: String { get }
    var theFollowUpWorkbookThe: String { get }
    var oneRowPerOfficeOwing: String { get }
    func followUpOfSession(_ session: SessionCode, _ numeric: String) -> String
    func noDutiesYetOutreachCascade(_ session: SessionCode) -> String
    func noDutiesSeenBy(_ session: SessionCode, _ unit: UnitCode) -> String
    var accepted: String { get }
    func guessedOfficesNoUnitOf(_ guessed: Int) -> String
    func wrotePathNodesCountOffices(_ path: String, _ nodesCount: Int) -> String
    func wroteCounted(_ output: String, _ count: Int, _ counted: LocalizedText) -> String

    // MARK: - outreach/Commands/Database.swift

    var backUpAndCheckThe: String { get }
    var bothCommandsOpenTheDatabase: String { get }
    var copyTheDatabaseIntoA: String { get }
    var theCopyHoldsEveryChange: String { get }
    var theFileToCreateE: String { get }
    var replaceFILEIfItAlready: String { get }
    var checkTheDatabaseFileIs: String { get }
    var runsPRAGMAIntegrityCheckAnd: String { get }
    func problemsFoundProblemsCountListedAbove(_ problemsCount: Int) -> String
    func backedUpSourceToFile(_ source: String, _ file: String, _ size: String) -> String

    // MARK: - outreach/Commands/Demo.swift

    var buildAFreshDemoDatabase: String { get }
    var importsTheUnitsCreatesSession: String { get }
    var theTemplatesFolder: String { get }
    var theExportsFolder: String { get }
    var replaceADemoDatabaseEven: String { get }
    var rebuildTheDemoDatabase: String { get }
    var backUpTheDatabase: String { get }
    func demoDatabasePath(_ path: String) -> String
    func sessionCodeTitle(_ sessionCode: SessionCode, _ title: String) -> String
    func statusesCountOfficesRequiredPlacesNominated(_ statusesCount: Int, _ required: Int, _ nominated: Int, _ confirmed: Int, _ missing: Int) -> String
    var officesShort: String { get }
    func attendancePartsCountPartsPresent(_ partsCount: Int, _ present: Int, _ late: Int, _ excused: Int, _ absent: Int, _ rate: String) -> String
    func budgetEstimateGroupedOrganiserGroupedInDemo(_ grouped: String, _ grouped2: String, _ grouped3: String) -> String
    var wrote: String { get }
    func planCodeDonePlanLinesCountReports(_ planCode: UnitCode, _ done: Int, _ planLinesCount: Int, _ filter: Int, _ eligibleCount: Int) -> String
    func demoBlocBallots(_ vietYenCode: UnitCode, _ ballotsCount: Int, _ standingsCount: Int, _ proposed: String) -> String
    func planRecurringCodeRecurringReportsAs(_ recurringCode: UnitCode, _ numeric: String) -> String
    func demoDutyPeriodReceived(_ duty: Slug, _ period: DutyPeriod, _ filter: Int, _ ofCount: Int, _ filter2: Int) -> String

    // MARK: - outreach/Commands/Doc.swift

    var writeASessionsDocumentsAs: String { get }
    var theWordingComesFromTemplates: String { get }
    var theFileToWriteDefault: String { get }
    var theExportsFolderForThe: String { get }
    var theFolderOfDocumentTexts: String { get }
    var alsoWriteThePDFBeside: String { get }
    var pdfNeedsLibreOfficeInstallIt: String { get }
    var thePlanASessionsAs: String { get }
    var forASessionLegalBasis: String { get }
    var theSessionCodeOrThe: String { get }
    var invitationsOnePerInvitedOffice: String { get }
    var eachNamesTheOfficeIts: String { get }
    var theSessionCode: String { get }
    var onlyThisOfficesInvitationDefault: String { get }
    var theServersAddressForEach: String { get }
    var ofileWritesOneInvitation: String { get }
    var aDecisionKindBudgetApproves: String { get }
    var theEstimateItsTotalAnd: String { get }
    var whatTheDecisionDecidesBudget: String { get }
    func kindMustBeBudgetThe(_ kind: String) -> String
    var certificatesForEveryoneWhoCame: String { get }
    var everyoneMarkedPresentOrLate: String { get }
    func wrotePath(_ path: String) -> String
    func countDocuments(_ count: Int) -> String
    func wroteWrittenCountInvitationsIntoFolder(_ writtenCount: Int, _ folder: String) -> String
    func totalGrouped(_ grouped: String) -> String
    func countCertificates(_ count: Int) -> String

    // MARK: - outreach/Commands/Duty.swift

    var recordReportsOnPlanDuties: String { get }
    var recordThatAUnitRegistered: String { get }
    var dutyIsTheDutysCode: String { get }
    var theUnitThatOwesThe: String { get }
    var theDutyItsCodeIn: String { get }
    var thePlanTheDutyCode: String { get }
    var thePeriodOfARecurring: String { get }
    var theDayTheReportWas: String { get }
    var theReportsFileItsPath: String { get }
    var dutyIsADutyNumber: String { get }
    var isNotADutyCode: String { get }
    var unitsWhosePlanDutyFalls: String { get }
    var listsEveryDutyOfThe: String { get }
    var daysAheadDutiesDueWithin: String { get }
    var beforeMustBeToDays: String { get }
    var setOrChangeTheDue: String { get }
    var theNewDateHoldsFor: String { get }
    var theRecurringDutysCodeIn: String { get }
    var thePeriodYearH1First: String { get }
    var theNewDueDateDD: String { get }
    var thePlansReportBackTracker: String { get }
    var statusAsOfTodayMarked: String { get }
    var recorded: String { get }
    var corrected: String { get }
    var file: String { get }
    func theReportTitleOfUnit(_ title: String, _ unit: UnitCode, _ numeric: String, _ numeric2: String, _ label: String) -> String
    func dueDateSetForPeriod(_ code: Slug, _ period: DutyPeriod, _ numeric: String, _ numeric2: String, _ duties: Int) -> String
    func wrotePathLinesCountDutiesDone(_ path: String, _ linesCount: Int, _ done: Int) -> String

    // MARK: - outreach/Commands/Export.swift

    func paymentListTotal(_ total: String, _ forecast: Bool) -> String
    var writePrintReadyWorkbooksAInExport: String { get }
    var theFileToWriteDefaultExports: String { get }
    var theExportsFolderForTheDefault: String { get }
    var theSignInSheetEveryone: String { get }
    var peopleAreOrderedByGiven: String { get }
    var oneNumberedListWithoutOffice: String { get }
    var emptyNumberedRowsAtThe: String { get }
    var tieBreakAfterTheGiven: String { get }
    var blankRowsMustBe: String { get }
    var theNomineeListEachOffices: String { get }
    var exampleWritesExportsLCITDKT: String { get }
    var nominationFormsOneWorkbookPer: String { get }
    var eachFormIsPrefilledWith: String { get }
    var onlyThisOfficesFormDefault: String { get }
    var ofileWritesOneForm: String { get }
    var theBudgetEstimateWithThe: String { get }
    var aSummarySheetOrganisersLines: String { get }
    var aPaymentListHelp: String { get }
    var onceAttendanceIsRecordedThe: String { get }
    var theBudgetLinePaidE: String { get }
    var isNotABudgetLineCode: String { get }
    var theAttendanceWorkbookASummary: String { get }
    var officesBelowThresholdOfTheir: String { get }
    var theAttendanceRatePercentOf: String { get }
    var thresholdMustBe: String { get }
    func wrotePathsCountNominationFormsInto(_ pathsCount: Int, _ folder: String) -> String
    func wrotePathTotalGrouped(_ path: String, _ grouped: String) -> String
    func wrotePathPeople(_ path: String, _ people: Int) -> String

    // MARK: - outreach/Commands/Init.swift

    var createAnEmptyDatabaseOr: String { get }
    var exampleOutreachInitDbTinh: String { get }
    func databaseReadyPath(_ path: String) -> String

    // MARK: - outreach/Commands/Money.swift

    var writeAmountsOfMoneyThe: String { get }
    var exampleOutreachMoneyWords: String { get }
    var printAnAmountInVietnamese: String { get }
    var theAmountMayBeWritten: String { get }
    var theAmountInOr: String { get }
    var writeLeInsteadOfLinh: String { get }
    var writeNganInsteadOfNghin: String { get }
    var writeTuForAFinal: String { get }
    var endRoundAmountsWith: String { get }
    func giveOneAmountSuchAsNot(_ amountWords: String) -> String

    // MARK: - outreach/Commands/Nominee.swift

    var nominateListConfirmWithdrawAnd: String { get }
    var fullNameHelp: String { get }
    var theRoleInTheSession: String { get }
    var theUnitThePersonWorks: String { get }
    var positionHelp: String { get }
    var phoneDigitsStartingWithSpaces: String { get }
    var email: String { get }
    var anExistingPersonsNumberInstead: String { get }
    var aNoteKeptWithTheNomination: String { get }
    var giveNameOrPerson: String { get }
    var giveNameOrPersonNot: String { get }
    var nominateAPersonForA: String { get }
    var theOfficeIsUnitA: String { get }
    var listThePersonAsA: String { get }
    var giveTheSendingOfficeWith: String { get }
    var listASessionsNomineesBy: String { get }
    var reservesFollowEachOfficesNominees: String { get }
    var onlyThisOffice: String { get }
    var alsoListWithdrawnAndReplaced: String { get }
    var confirmNomineesByNumberPhone: String { get }
    var examplesOnTheDemoOUTREACH: String { get }
    var nomineesNumberPhoneOrPart: String { get }
    var withAllTheOfficeWhose: String { get }
    var confirmEveryProposedNomineeOf: String { get }
    var allAndUnitGoTogether: String { get }
    var nameTheNomineesToConfirm: String { get }
    var withdrawANomineeFreeingTheir: String { get }
    var exampleOnTheDemoOUTREACH: String { get }
    var theNomineeNumberPhoneOr: String { get }
    var replaceANomineeWithAnother: String { get }
    var theNewPersonTakesThe: String { get }
    var theNomineeToReplaceNumber: String { get }
    func phoneIsAlsoThat(_ phone: String, _ names: String) -> String
    func listedReserveIdNameRole(_ id: Int64, _ name: String, _ role: String, _ sender: String) -> String
    func nominatedIdNameRoleFor(_ id: Int64, _ name: String, _ role: String, _ sender: String) -> String
    func rowsCountPeople(_ rowsCount: Int) -> String
    func idNameConfirmedAlreadyUnchanged(_ id: Int64, _ name: String) -> String
    var nobodyToConfirm: String { get }
    var withdrew: String { get }
    func proposedReplacementReserveIdName(_ id: Int64, _ name: String, _ role: String, _ session: String, _ id2: Int64) -> String
    func unchangedIdIsNameAlready(_ id: Int64, _ name: String) -> String
    func replacedOldWithIdName(_ old: String, _ id: Int64, _ name: String) -> String

    // MARK: - outreach/Commands/NomineeHistory.swift

    var giveANomineesPlaceTo: String { get }
    var nomineeIsTheOneWhose: String { get }
    var theNomineeWhosePlaceTheReserve: String { get }
    var theReserveToPromoteDefault: String { get }
    var confirmThePromotedReserveAt: String { get }
    var showOneNomineeWithThe: String { get }
    var exampleOnTheDemoOUTREACHTODAY: String { get }
    func reservePromoted(_ id: Int64, _ name: String, _ replaces: Int64, _ status: LocalizedText) -> String
    var replacementChainOldestFirst: String { get }
    func replacesReplaced(_ replaced: Int64) -> String

    // MARK: - outreach/Commands/NomineeImport.swift

    func rowsWithErrorsSkipped(_ count: Int) -> String
    var importNomineesFromAFilled: String { get }
    var readsOurOwnFormsOutreach: String { get }
    var theSessionReadFromOur: String { get }
    var theSendingOfficeForEvery: String { get }
    var theServersAnswerIsMalformed: String { get }
    var added: String { get }
    var replacedInNomineeImport: String { get }
    var updated: String { get }
    var rowInNomineeImport: String { get }
    var wouldBe: String { get }
    var replacedInImport: String { get }
    var unchanged: String { get }

    // MARK: - outreach/Commands/Plan.swift

    var loadYearlyPlansActivitiesBy: String { get }
    var loadAPlanFileYAML: String { get }
    var importThePlansUnitsFirst: String { get }
    var thePlanFile: String { get }
    var listPlansNewestYearFirst: String { get }
    var showAPlanItsActivities: String { get }
    var exampleOutreachPlanShowLCU: String { get }
    var whatEachUnitOwesUnder: String { get }
    var oneLinePerUnitAnd: String { get }
    var onlyThisUnitsDuties: String { get }
    var thePlansAwardRuleUnits: String { get }
    var aUnitIsEligibleWhen: String { get }
    var markAPlansActivityDone: String { get }
    var numberIsTheActivitysNumber: String { get }
    var theActivitysNumberTheTT: String { get }
    var theDayItWasDone: String { get }
    var theEvidenceFileItsPath: String { get }
    var aPlansProgressPerQuarter: String { get }
    var exampleOutreachPlanProgressLCU: String { get }
    var aPlanAsIssuedTT: String { get }
    var exampleWritesExportsLCUTDKT: String { get }
    func activitiesCountActivitiesDutiesCountDutiesBlocsCount(_ activitiesCount: Int, _ dutiesCount: Int, _ blocsCount: Int) -> String
    func loadedPlanTemplateCodeCounts(_ templateCode: UnitCode, _ counts: String) -> String
    func planTemplateCodeIsAlreadyLoaded(_ templateCode: UnitCode) -> String
    var planInPlan: String { get }
    var quarter: String { get }
    var session: String { get }
    var duties: String { get }
    func owingCountUnits(_ owingCount: Int) -> String
    var bloc: String { get }
    func everyEvery(_ every: Recurrence) -> String
    var dueInPlan: String { get }
    var to: String { get }
    var awardRule: String { get }
    var blocInPlan: String { get }
    func chairMembersCountMembers(_ chair: UnitCode, _ membersCount: Int) -> String
    var period: String { get }
    var sentTo: String { get }
    func doneLinesCountReportedOnTimeOn(_ done: Int, _ linesCount: Int, _ onTime: Int, _ numeric: String) -> String
    var yesInPlan: String { get }
    var noInPlan: String { get }
    func countUnitsCountUnitsMayBe(_ count: Int, _ unitsCount: Int, _ required: String, _ label: LocalizedText) -> String
    func activityNumberQuarterOfDone(_ number: Int, _ of: String, _ numeric: String) -> String
    func correctsTheMarkOfNumeric(_ numeric: String) -> String
    func doneTotalActivitiesDoneAs(_ done: Int, _ total: Int, _ numeric: String) -> String
    func wrotePathActivitiesCountActivities(_ path: String, _ activitiesCount: Int) -> String

    // MARK: - outreach/Commands/Rates.swift

    var seeTheSpendingRates: String { get }
    var ratesAreDataTemplatesRates: String { get }
    var listTheRatesInForce: String { get }
    var readsEveryYamlInDir: String { get }
    var theDayDDMMYYYY: String { get }
    var theFolderOfRateTablesDefault: String { get }
    var onlyWhatAppliesInThis: String { get }
    func regionMustBeALowercase(_ region: String) -> String
    func ratesInForceOnNumeric(_ numeric: String, _ dir: String) -> String
    var regionInRates: String { get }

    // MARK: - outreach/Commands/Serve.swift

    var serveTheWebPagesAnd: String { get }
    var whileItServesTheServer: String { get }
    var databaseFileDefaultOUTREACHDB: String { get }
    var addressToListenOn: String { get }
    var portToListenOn: String { get }
    var tlsCertificateChainPEMNeeds: String { get }
    var tlsPrivateKeyPEMNeeds: String { get }
    var behindAReverseProxyThat: String { get }
    var theDateRulesAreJudged: String { get }
    var largestRequestBodyInKiB: String { get }
    var largestUploadedNominationFormOr: String { get }
    var theExportsFolderWorkbooksMade: String { get }
    var theTemplatesFolderRateTables: String { get }
    var languageOfMessagesViOr: String { get }
    var tlsCertAndTlsKey: String { get }
    func todayMustBeADate(_ day: String) -> String
    func portMustBeNotPort(_ port: Int) -> String
    var maxBodyKibMustBe: String { get }
    var maxUploadKibMustBe: String { get }
    var errorOutreachServerNotFound: String { get }
    func errorCannotRunServerValue(_ server: String, _ value: String) -> String

    // MARK: - outreach/Commands/Session.swift

    var createSessionsFromTemplatesList: String { get }
    var createASessionFromA: String { get }
    var importTheUnitsFirstOutreach: String { get }
    var theSessionTemplateFile: String { get }
    var listSessionsNewestFirst: String { get }
    var showASessionsFacts: String { get }
    var exampleOutreachSessionShowLCI: String { get }
    var showEachOfficesQuotaRequired: String { get }
    var showOutreachSessionQuotaLCI: String { get }
    var onlyThisOfficeRequiredTo: String { get }
    var theRoleWhoseSlotTo: String { get }
    var theNewNumberOfPlaces: String { get }
    var lowerTheCountEvenBelow: String { get }
    var countNeedsUnitAndRole: String { get }
    var roleAndForceOnlyMake: String { get }
    var changingAQuotaIsThe: String { get }
    func createdSessionCodeQuotasCountOffices(_ sessionCode: SessionCode, _ quotasCount: Int, _ total: Int) -> String
    var organiserInSession: String { get }
    var when: String { get }
    var partsInSession: String { get }
    var nominationDeadline: String { get }
    var roles: String { get }
    var content: String { get }
    var beyondTheQuota: String { get }
    func overOver(_ over: Int) -> String
    func andCountMore(_ count: Int) -> String
    var officesShortInSession: String { get }

    // MARK: - outreach/Commands/Units.swift

    var importAndLookAtUnits: String { get }
    var importAUnitsFileYAML: String { get }
    var unitsAlreadyPresentAreUpdated: String { get }
    var theUnitsFileEG: String { get }
    var listUnitsOptionallyOfOne: String { get }
    var exampleOutreachUnitsListKind: String { get }
    var onlyUnitsOfThisKind: String { get }
    var onlyUnitsDirectlyUnderThis: String { get }
    func noUnitIsOfThis(_ kinds: String) -> String
    var showOneUnitWithIts: String { get }
    var exampleOutreachUnitsShowPGD: String { get }
    var theUnitCode: String { get }
    func importedUnitsCountUnitsFromFile(_ unitsCount: Int, _ file: String, _ inserted: Int, _ updated: Int, _ unchanged: Int) -> String
    var kind: String { get }
    var under: String { get }
    var address: String { get }
    var valid: String { get }
    var unitsUnderIt: String { get }

    // MARK: - outreach/DateOption.swift

    func optionMustBeAReal(_ option: String, _ raw: String) -> String

    // MARK: - outreach/GlobalOptions.swift

    var theUnitActingRecordedIn: String { get }
    var printMachineReadableJSONInstead: String { get }
    var languageOfMessagesAndHelp: String { get }
    var theDateRulesAreJudgedOn: String { get }
    func outreachlangMustBeVi(_ lang: String) -> String
    func asMustBeAUnit(_ actor: String) -> String

    // MARK: - outreach/UsageMessage.swift

    /// ArgumentParser's refusals: the English words are the parser's own, which the Vietnamese replace.
    var parserMissingArgument: String { get }
    var parserMissingValue: String { get }
    var parserUnexpectedArgument: String { get }
    var parserUnknownOption: String { get }
    var parserUnknownSubcommand: String { get }
    var parserError: String { get }
    var parserHelp: String { get }
    var parserUsage: String { get }
    func parserUnexpectedArguments(_ count: String, _ listed: String) -> String
    func parserInvalidValue(_ value: String, _ option: String, _ valid: String?) -> String
    func parserSeeMore(_ indent: String, _ command: String) -> String

    // MARK: - outreach/Help.swift

    var theSessionCodeInHelp: String { get }
    var helpOverview: String { get }
    var helpUsage: String { get }
    var helpArguments: String { get }
    var helpOptions: String { get }
    var helpSubcommands: String { get }
    func helpSeeSubcommand(_ indent: String, _ command: String) -> String
    var helpShowHelp: String { get }
    var helpShowSubcommandHelp: String { get }
    var helpShowVersion: String { get }
    var helpValues: String { get }
    var helpDefaultAfterSemicolon: String { get }
    var helpDefault: String { get }
    var theNomineeNumberPhoneOrPart: String { get }

    // MARK: - outreach/NomineeMatch.swift

    func trimmedIsIdNameSender(_ trimmed: String, _ id: Int64, _ name: String, _ sender: String) -> String

    // MARK: - outreach/OutputPath.swift

    func theFileNameMustEnd(_ fileExtension: String) -> String
    var thisFolderDoesNotExist: String { get }

    // MARK: - outreach/Outreach.swift

    var planTrainingAndOutreachSessions: String { get }
    var startWithTheDemoOutreach: String { get }

    // MARK: - outreach/RemoteServer.swift

    func serverMustBeAnHttp(_ server: String) -> String
    var serverNeedsTokenTheAccess: String { get }
    func invalidPath(_ path: String) -> String
    var theConnectionWasRefusedNot: String { get }
    var itDidNotAnswerIn: String { get }
    var theHostNameWasNot: String { get }
    var thisMachineIsNotConnected: String { get }
    var theConnectionWasLost: String { get }
    var theTLSConnectionFailedThe: String { get }
    var cannotWriteTheRequest: String { get }
    func theServerAnsweredStatus(_ status: Int) -> String
    var noAnswer: String { get }
    func cannotReachTheServerAbsoluteString(_ absoluteString: String, _ reason: LocalizedText) -> String

    // MARK: - outreach/Runner.swift

    func thisCommandDoesNotRun(_ remoteCommands: String) -> String
    var throughAServerTheUnit: String { get }
    var throughAServerTheRules: String { get }
    var isNotARoleCode: String { get }
    var allowAChangeAfterThe: String { get }
    var whyTheChangeIsMade: String { get }
    var seeOutreachUnitsList: String { get }
    var seeOutreachSessionList: String { get }
    func seeOutreachNomineeListSession(_ session: String) -> String
    var seeTheListOutreachPlan: String { get }
    var seeOutreachBlocList: String { get }
    var useLateReasonIfAllowed: String { get }
    var lateNeedsReasonWhy: String { get }
    var useForceWhichLeaves: String { get }
    var chooseAnotherNameOrAdd: String { get }
    var fixTheRowsAboveAndImport: String { get }
    func addOneWithOutreachNominee(_ session: String) -> String
    func recordSomeoneWhoCameUnnominatedWith(_ session: String) -> String
    func pointAtAnExistingOneWith(_ path: String) -> String
    var buildingTheDemoAgainWouldLose: String { get }
    var chooseAnotherDb: String { get }

    // MARK: - outreach/Suggest.swift

    func didYouMeanFull(_ full: String) -> String
    func unitHasReportedItsFollow(_ unit: UnitCode, _ numeric: String, _ numeric2: String) -> String
    func withdrawnButMarkedPresent(_ id: Int64, _ name: String, _ parts: LocalizedText) -> String
    var seeOutreachRatesList: String { get }

    // MARK: - Table headings (the command line's tables) and the audit log's names

    /// The audit log's entities and fields by their stored names; a name missing here is shown as stored.
    var auditEntityNames: [String: String] { get }
    var auditFieldNames: [String: String] { get }
    func auditAttendanceSubject(_ name: String, _ number: String, _ part: String) -> String
    var accessNoUnitStateHeadings: [String] { get }
    var attendanceQuotaConfirmedHeadings: [String] { get }
    var auditTimeDayUnitHeadings: [String] { get }
    var blocCodeNameChairHeadings: [String] { get }
    var budgetSendingOfficePeopleDistanceHeadings: [String] { get }
    var budgetSendingOfficeEstimateActualHeadings: [String] { get }
    var budgetCodeItemPaidByHeadings: [String] { get }
    var budgetActualDifferenceHeadings: [String] { get }
    var cascadeStatusLevelOwedReportedHeadings: [String] { get }
    var cascadeStatusOfficeDueHeadings: [String] { get }
    var nomineeNoFullNamePositionHeadings: [String] { get }
    var planCodeYearTitleHeadings: [String] { get }
    var planNoDutyUnitHeadings: [String] { get }
    var planUnitNameEligibleHeadings: [String] { get }
    var planQuarterActivitiesDoneHeadings: [String] { get }
    var ratesCodeNameAmountNgHeadings: [String] { get }
    var sessionCodeDateOrganiserHeadings: [String] { get }
    var sessionOfficeRoleRequiredHeadings: [String] { get }
    var unitsCodeNameKindHeadings: [String] { get }
}
