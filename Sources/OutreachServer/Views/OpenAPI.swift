/// The OpenAPI 3.0 description of `/api/v1`, served at `/api/v1/openapi.json`. A route test checks that every
/// route the API answers is described here.
enum OpenAPI {
    static let document = #"""
        {
          "openapi": "3.0.3",
          "info": {
            "title": "outreach API",
            "version": "1.0.0",
            "description": "Quotas and nominees of training sessions, for the unit a bearer token was granted to (outreach access grant UNIT). Messages are Vietnamese unless ?lang=en or Accept-Language: en. Every refusal is {error, code, field} with a 4xx status (a method a path does not take: 405 with Allow; too many wrong codes from one address: 429, never for a valid code); nothing is changed by a refused request."
          },
          "servers": [{"url": "/api/v1"}],
          "security": [{"bearer": []}],
          "paths": {
            "/sessions": {
              "get": {
                "summary": "The sessions the caller's unit takes part in or organises",
                "responses": {
                  "200": {"description": "Sessions", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Session"}}}}},
                  "401": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/quota": {
              "get": {
                "summary": "Each office's quota and how far it is filled (outreach session quota --json), only the offices the caller may see; ?unit= one office (403 not_allowed when the caller may not see it, 422 not_invited when the session does not invite it)",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"name": "unit", "in": "query", "required": false, "schema": {"type": "string"}}],
                "responses": {
                  "200": {"description": "Quota report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QuotaReport"}}}},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/offices/{unit}/nominees": {
              "get": {
                "summary": "An office's nominees (holding a place or waiting as reserves)",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/unit"}],
                "responses": {
                  "200": {"description": "Nominees", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Nominee"}}}}},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/nominees": {
              "get": {
                "summary": "The nominees of the offices the caller may see, by office in official order, reserves after each office (outreach nominee list --json)",
                "parameters": [
                  {"$ref": "#/components/parameters/code"},
                  {"name": "unit", "in": "query", "required": false, "schema": {"type": "string"}, "description": "Only this office (refused with 403 when the caller may not see it)"},
                  {"name": "all", "in": "query", "required": false, "schema": {"type": "boolean"}, "description": "Also the withdrawn and replaced"}
                ],
                "responses": {
                  "200": {"description": "Nominees", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Nominee"}}}}},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              },
              "post": {
                "summary": "Nominate a person for a place of an office (outreach nominee add)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NomineeBody"}}}},
                "responses": {
                  "201": {"description": "The new nominee", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nominee"}}}},
                  "400": {"$ref": "#/components/responses/Error"},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"},
                  "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/nominees/{number}/confirm": {
              "post": {
                "summary": "Confirm a nominee (outreach nominee confirm); confirming one already confirmed changes nothing",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/number"}],
                "requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {
                  "200": {"description": "The confirmed nominee", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nominee"}}}},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"},
                  "415": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/nominees/{number}/withdraw": {
              "post": {
                "summary": "Withdraw a nominee, freeing the place (outreach nominee withdraw)",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/number"}],
                "requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}}},
                "responses": {
                  "200": {"description": "The withdrawn nominee, with the reserve proposed for the place if any", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nominee"}}}},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"},
                  "415": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/confirm": {
              "post": {
                "summary": "Confirm nominees named by number (#12), phone or part of the name, or every proposed nominee of one office (outreach nominee confirm)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConfirmBody"}}}},
                "responses": {
                  "200": {"description": "The nominees confirmed, and those confirmed already before", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Confirmation"}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/withdraw": {
              "post": {
                "summary": "Withdraw a nominee named by number, phone or part of the name (outreach nominee withdraw)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlaceBody"}}}},
                "responses": {
                  "200": {"description": "The nominee withdrawn, the reserve proposed for the place and the parts the nominee was marked present at", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Withdrawal"}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/replace": {
              "post": {
                "summary": "Replace a nominee (nominee: number, phone or part of the name) with another person in the same place (outreach nominee replace)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NomineeBody"}}}},
                "responses": {
                  "200": {"description": "The nominee as found before and the new one", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Replacement"}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/promote": {
              "post": {
                "summary": "Give a nominee's place to a reserve of the same office (outreach nominee promote)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlaceBody"}}}},
                "responses": {
                  "200": {"description": "The promoted reserve", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nominee"}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/attendance": {
              "get": {
                "summary": "Attendance per office, per role and in total, over the offices the caller may see (outreach attendance report --json)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "responses": {
                  "200": {"description": "Attendance report", "content": {"application/json": {"schema": {"type": "object"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}
                }
              },
              "post": {
                "summary": "Mark a nominee present, late, excused or absent at one part or at every part (outreach attendance mark); the session's organisers only",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AttendanceBody"}}}},
                "responses": {
                  "200": {"description": "The marks recorded", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/AttendanceMark"}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "415": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/cascade": {
              "get": {
                "summary": "The follow-up tree on the server's day: the duties of the offices the caller may see and everything below them, with the roll-up (what outreach cascade status prints)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "responses": {
                  "200": {"description": "The tree: session, today, nodes (depth-first, each with its duty, status, report and subtree figures), levels, total", "content": {"application/json": {"schema": {"type": "object"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/cascade/report": {
              "post": {
                "summary": "Report a follow-up as held; again to correct it (outreach cascade report)",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CascadeReportBody"}}}},
                "responses": {
                  "200": {"description": "The duty, the report recorded, whether it corrects an earlier one and the duty's status on the server's day", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DutyReport"}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/history": {
              "get": {
                "summary": "One nominee with the chain of replacements through them and its audit lines (outreach nominee show --json), for an office the caller may see",
                "parameters": [
                  {"$ref": "#/components/parameters/code"},
                  {"name": "nominee", "in": "query", "required": true, "schema": {"type": "string"}, "description": "Number (#12), phone or part of the name"}
                ],
                "responses": {
                  "200": {"description": "chain (Nominee, oldest first) and audit (at, actor, command, today, todaySet, entity, key, before, after, reason)", "content": {"application/json": {"schema": {"type": "object", "properties": {"chain": {"type": "array", "items": {"$ref": "#/components/schemas/Nominee"}}, "audit": {"type": "array", "items": {"type": "object"}}}}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/walk-ins": {
              "post": {
                "summary": "Record someone who came without being nominated, in a free place or in the place of nominee (outreach attendance walk-in)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NomineeBody"}}}},
                "responses": {
                  "201": {"description": "The walk-in, marked as come", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nominee"}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/imports/nominees": {
              "post": {
                "summary": "Import nominees from a filled nomination form or any list, sent as the body (outreach nominee import): every row checked, then all applied in one transaction, or none",
                "parameters": [
                  {"name": "file", "in": "query", "required": false, "schema": {"type": "string"}, "description": "The file's name, as the report names it"},
                  {"name": "session", "in": "query", "required": false, "schema": {"type": "string"}, "description": "Needed unless the file is a form exported by outreach"},
                  {"name": "unit", "in": "query", "required": false, "schema": {"type": "string"}, "description": "The sending office for every row (read from our own forms)"},
                  {"name": "dryRun", "in": "query", "required": false, "schema": {"type": "boolean"}, "description": "Check and report; write nothing"},
                  {"name": "partial", "in": "query", "required": false, "schema": {"type": "boolean"}, "description": "Import the valid rows even when others fail"},
                  {"name": "late", "in": "query", "required": false, "schema": {"type": "boolean"}}, {"name": "reason", "in": "query", "required": false, "schema": {"type": "string"}}
                ],
                "requestBody": {"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {
                  "200": {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportReport"}}}},
                  "422": {"description": "Refused, nothing written: the report with the refusal's error, code and field", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportReport"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/exports/{name}": {
              "get": {
                "summary": "A workbook or document of the session, made now from the data as outreach export or outreach doc makes it, written into exports/<code>/ under the same name, then sent; for whoever may see every office of the session (the organiser, the division running it, a unit above every office)",
                "parameters": [
                  {"$ref": "#/components/parameters/code"},
                  {"name": "name", "in": "path", "required": true, "schema": {"type": "string", "enum": ["danh-sach-ky-ten.xlsx", "danh-sach-dai-bieu.xlsx", "diem-danh.xlsx", "tuyen-truyen-lai.xlsx", "du-toan.xlsx", "ke-hoach.docx", "giay-moi.docx", "quyet-dinh-du-toan.docx", "giay-chung-nhan.docx"]}, "description": "The file name the command line gives it; also danh-sach-chi-<line>.xlsx, the payment list of a budget line paid per person"}
                ],
                "responses": {
                  "200": {"description": "The file", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}, "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {"schema": {"type": "string", "format": "binary"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"},
                  "503": {"$ref": "#/components/responses/Error", "description": "The server has no Templates folder (rate tables, document texts)"}
                }
              }
            },
            "/sessions/{code}/exports/forms/{unit}": {
              "get": {
                "summary": "An office's nomination form (outreach export form --unit), made now: for whoever sees the whole session written into exports/<code>/forms/<unit>.xlsx, for the office itself or a unit above it made for it alone",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/unit"}],
                "responses": {
                  "200": {"description": "The form", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/plans": {
              "get": {
                "summary": "The yearly plans the caller may see whole (issued by its unit or a unit below it), with the names of their downloads",
                "responses": {
                  "200": {"description": "Plans", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}, "title": {"type": "string"}, "issuer": {"type": "string"}, "exports": {"type": "array", "items": {"type": "string"}}}}}}}},
                  "401": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/plans/{plan}/exports/{name}": {
              "get": {
                "summary": "A plan's workbook or document (outreach export plan, export duties, doc plan), made now and written into exports/<plan>/; for the plan's issuer and the units above it",
                "parameters": [
                  {"name": "plan", "in": "path", "required": true, "schema": {"type": "string"}, "example": "LCU-2022-TDKT-CD"},
                  {"name": "name", "in": "path", "required": true, "schema": {"type": "string", "enum": ["ke-hoach.xlsx", "theo-doi-bao-cao.xlsx", "ke-hoach.docx"]}}
                ],
                "responses": {
                  "200": {"description": "The file", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}, "503": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/blocs": {
              "get": {
                "summary": "The blocs the caller may see whole (as chair or deputy, or as the plan's issuer or a unit above it), with the name of their download",
                "responses": {
                  "200": {"description": "Blocs", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "plan": {"type": "string"}, "chair": {"type": "string"}, "exports": {"type": "array", "items": {"type": "string"}}}}}}}},
                  "401": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/blocs/{bloc}/exports/{name}": {
              "get": {
                "summary": "A bloc's score sheet as of today (outreach export bloc), made now and written into exports/<bloc>/",
                "parameters": [
                  {"name": "bloc", "in": "path", "required": true, "schema": {"type": "string"}, "example": "KHOI-LDLD-CDN-CDVC"},
                  {"name": "name", "in": "path", "required": true, "schema": {"type": "string", "enum": ["cham-diem.xlsx"]}}
                ],
                "responses": {
                  "200": {"description": "The score sheet", "content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {"schema": {"type": "string", "format": "binary"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/units/lookup": {
              "get": {
                "summary": "The code of a unit given by its name or short name (accents, case and spacing aside), as the command line finds it",
                "parameters": [
                  {"name": "name", "in": "query", "required": true, "schema": {"type": "string"}, "example": "Phòng GD&ĐT Bát Xát"},
                  {"name": "field", "in": "query", "required": false, "schema": {"type": "string"}, "description": "The field named in a refusal (unit, worksAt)"}
                ],
                "responses": {
                  "200": {"description": "The unit's code", "content": {"application/json": {"schema": {"type": "object", "properties": {"code": {"type": "string"}}}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "422": {"$ref": "#/components/responses/Error", "description": "The name fits several units"}
                }
              }
            }
          },
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "The code printed by outreach access grant UNIT"}},
            "parameters": {
              "code": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "example": "LCI-2022-TDKT"},
              "unit": {"name": "unit", "in": "path", "required": true, "schema": {"type": "string"}, "example": "PGD-BATXAT"},
              "number": {"name": "number", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}
            },
            "responses": {
              "Error": {"description": "Refused; nothing changed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {
                "type": "object", "required": ["error", "code", "field"],
                "properties": {
                  "error": {"type": "string", "description": "The message, Vietnamese unless English was asked for"},
                  "code": {"type": "string", "description": "Stable, one naming scheme (snake_case): the store's refusals (quota_full, deadline_passed, not_allowed, not_invited, unknown_nominee, invalid_input…) and the server's (unauthenticated, token_unknown, token_expired, token_revoked, rate_limited, csrf, malformed_json, body_too_large, unsupported_media_type, missing_field, invalid_field, not_found, method_not_allowed…)"},
                  "field": {"type": "string", "nullable": true, "description": "The field at fault, if one is: a body's key as sent (nominees[0]), or the input's name"},
                  "detail": {"type": "object", "description": "The store's refusal as facts (its case and values), for the outreach command line to word as it does locally; its shape follows the program's version"},
                  "suggestions": {"type": "array", "items": {"type": "string"}, "description": "After an unknown unit, session or role: the nearest names (also in error: có phải: …?)"}
                }
              },
              "Session": {
                "type": "object",
                "properties": {
                  "code": {"type": "string"}, "title": {"type": "string"}, "organiser": {"type": "string"},
                  "starts": {"type": "string", "format": "date"}, "ends": {"type": "string", "format": "date"},
                  "days": {"type": "integer"}, "startTime": {"type": "string", "nullable": true}, "venue": {"type": "string"},
                  "nominationDeadline": {"type": "string", "format": "date", "nullable": true},
                  "daysLeft": {"type": "integer", "nullable": true, "description": "Days from today to the nomination deadline"},
                  "status": {"type": "string"}, "roles": {"type": "object", "additionalProperties": {"type": "string"}}
                }
              },
              "QuotaReport": {
                "type": "object",
                "properties": {"session": {"type": "string"}, "offices": {"type": "array", "items": {"$ref": "#/components/schemas/QuotaStatus"}}}
              },
              "QuotaStatus": {
                "type": "object",
                "properties": {
                  "unit": {"type": "string"}, "unitName": {"type": "string"}, "group": {"type": "string"},
                  "required": {"type": "integer"}, "nominated": {"type": "integer"}, "confirmed": {"type": "integer"},
                  "missing": {"type": "integer"}, "over": {"type": "integer"},
                  "slots": {"type": "array", "items": {"type": "object", "properties": {
                    "roles": {"type": "array", "items": {"type": "string"}}, "source": {"type": "string"},
                    "required": {"type": "integer"}, "nominated": {"type": "integer"}, "confirmed": {"type": "integer"},
                    "missing": {"type": "integer"}, "over": {"type": "integer"}}}}
                }
              },
              "Nominee": {
                "type": "object",
                "properties": {
                  "id": {"type": "integer"}, "person": {"type": "integer"}, "name": {"type": "string"},
                  "position": {"type": "string"}, "workplace": {"type": "string"}, "worksAt": {"type": "string"},
                  "sender": {"type": "string"}, "role": {"type": "string"}, "phone": {"type": "string"},
                  "status": {"type": "string", "enum": ["proposed", "confirmed", "withdrawn", "replaced", "reserve"]},
                  "replaces": {"type": "integer"}, "proposedReserve": {"type": "integer"},
                  "sharingPhone": {"type": "array", "items": {"type": "string"}, "description": "nominate only: other nominees of the session with this phone (#12 Name; the number only for an office the caller may not see)"}
                }
              },
              "ImportReport": {
                "type": "object",
                "properties": {
                  "file": {"type": "string"}, "encoding": {"type": "string"}, "committed": {"type": "boolean"},
                  "counts": {"type": "object", "additionalProperties": {"type": "integer"}, "description": "added, replaced, updated, unchanged, errors"},
                  "rows": {"type": "array", "items": {"type": "object", "properties": {"sheet": {"type": "string"}, "row": {"type": "integer"}, "change": {"type": "string"}, "nominee": {"type": "integer"}, "name": {"type": "string"}, "sender": {"type": "string"}, "role": {"type": "string"}}}},
                  "problems": {"type": "array", "items": {"type": "object", "properties": {"severity": {"type": "string", "enum": ["error", "warning"]}, "sheet": {"type": "string"}, "row": {"type": "integer"}, "column": {"type": "string"}, "value": {"type": "string"}, "message": {"type": "string"}}}},
                  "error": {"type": "string"}, "code": {"type": "string"}, "field": {"type": "string", "nullable": true}
                }
              },
              "NomineeBody": {
                "type": "object", "required": ["role"],
                "properties": {
                  "office": {"type": "string", "description": "The office whose place it takes; found from worksAt when absent"},
                  "worksAt": {"type": "string"}, "name": {"type": "string", "description": "The full name; or person"},
                  "person": {"type": "integer", "description": "An existing person's number, instead of name"},
                  "role": {"type": "string", "description": "A role code, or the role's name in the session"},
                  "position": {"type": "string"}, "phone": {"type": "string"}, "email": {"type": "string"}, "note": {"type": "string"},
                  "reserve": {"type": "boolean", "description": "List as a reserve (dự bị) instead of taking a place"},
                  "nominee": {"type": "string", "description": "replace: the nominee replaced; walk-ins: the nominee whose place the walk-in takes (number, phone or part of the name)"},
                  "late": {"type": "boolean", "description": "After the nomination deadline; needs reason"}, "reason": {"type": "string"},
                  "status": {"type": "string", "enum": ["present", "late"], "description": "walk-ins only (default present)"},
                  "part": {"type": "string", "description": "walk-ins only: DATE:am, DATE:pm or DATE (default every part held so far)"}
                }
              },
              "ConfirmBody": {
                "type": "object",
                "properties": {
                  "nominees": {"type": "array", "items": {"type": "string"}, "description": "Number (#12), phone or part of the name"},
                  "unit": {"type": "string", "description": "Instead of nominees: every proposed nominee of this office"},
                  "late": {"type": "boolean"}, "reason": {"type": "string"}
                }
              },
              "Confirmation": {
                "type": "object",
                "properties": {
                  "confirmed": {"type": "array", "items": {"$ref": "#/components/schemas/Nominee"}},
                  "already": {"type": "array", "items": {"type": "integer"}, "description": "Numbers of those confirmed before already (unchanged)"}
                }
              },
              "PlaceBody": {
                "type": "object", "required": ["nominee"],
                "properties": {
                  "nominee": {"type": "string", "description": "Number (#12), phone or part of the name"},
                  "reserve": {"type": "string", "description": "promote only: the reserve to promote (default: the first waiting)"},
                  "confirm": {"type": "boolean", "description": "promote only: confirm the promoted reserve at once"},
                  "late": {"type": "boolean"}, "reason": {"type": "string", "description": "Why (kept in the audit log); required with late"}
                }
              },
              "Withdrawal": {
                "type": "object",
                "properties": {
                  "withdrawn": {"$ref": "#/components/schemas/Nominee"}, "reserve": {"$ref": "#/components/schemas/Nominee"},
                  "attended": {"type": "array", "items": {"type": "string"}, "description": "Parts the nominee was marked present or late at"}
                }
              },
              "Replacement": {
                "type": "object",
                "properties": {"before": {"$ref": "#/components/schemas/Nominee"}, "nominee": {"$ref": "#/components/schemas/Nominee"}}
              },
              "AttendanceBody": {
                "type": "object", "required": ["nominee", "status"],
                "properties": {
                  "nominee": {"type": "string"}, "status": {"type": "string", "enum": ["present", "late", "excused", "absent"]},
                  "part": {"type": "string", "description": "DATE:am, DATE:pm or DATE; every part held so far when absent"},
                  "note": {"type": "string"}
                }
              },
              "AttendanceMark": {
                "type": "object",
                "properties": {"nomination": {"type": "string"}, "part": {"type": "string"}, "status": {"type": "string"}}
              },
              "CascadeReportBody": {
                "type": "object",
                "properties": {
                  "session": {"type": "string", "description": "The session the duty comes from (with unit), or the follow-up session planned for it"},
                  "unit": {"type": "string"}, "duty": {"type": "integer", "description": "Instead of session: the duty's number"},
                  "held": {"type": "string", "format": "date"}, "reachedUnits": {"type": "integer"}, "reachedPeople": {"type": "integer"},
                  "fromAttendance": {"type": "boolean"}, "note": {"type": "string"}
                }
              },
              "DutyReport": {
                "type": "object",
                "properties": {
                  "duty": {"type": "object"}, "report": {"type": "object"}, "corrected": {"type": "boolean"},
                  "status": {"type": "string", "enum": ["due", "on-time", "late", "overdue", "missing"]}
                }
              }
            }
          }
        }
        """#
}
