/// The OpenAPI 3.0 description of `/api/v1`, served at `/api/v1/openapi.json`. A route test checks that every
/// route the API answers is described here.
enum OpenAPI {
    static let document = #"""
        {
          "openapi": "3.0.3",
          "info": {
            "title": "outreach API",
            "version": "1.0.0",
            "description": "Quotas and nominees of training sessions, for the unit a bearer token was granted to (outreach access grant UNIT). Messages are Vietnamese unless ?lang=en or Accept-Language: en. Every refusal is {error, code, field} with a 4xx status; nothing is changed by a refused request."
          },
          "servers": [{"url": "/api/v1"}],
          "security": [{"bearer": []}],
          "paths": {
            "/sessions": {
              "get": {
                "summary": "The sessions the caller's unit takes part in or organises",
                "responses": {
                  "200": {"description": "Sessions", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/SessionSummary"}}}}},
                  "401": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/sessions/{code}/quota": {
              "get": {
                "summary": "Each office's quota and how far it is filled (outreach session quota --json), only the offices the caller may see",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "responses": {
                  "200": {"description": "Quota report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QuotaReport"}}}},
                  "401": {"$ref": "#/components/responses/Error"},
                  "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}
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
              "post": {
                "summary": "Nominate a person for a place of an office (outreach nominee add)",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewNominee"}}}},
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
                  "code": {"type": "string", "description": "Stable: quotaFull, deadlinePassed, notAllowed, token_expired, csrf, malformed_json…"},
                  "field": {"type": "string", "nullable": true, "description": "The field at fault, if one is"}
                }
              },
              "SessionSummary": {
                "type": "object",
                "properties": {
                  "code": {"type": "string"}, "title": {"type": "string"}, "starts": {"type": "string", "format": "date"},
                  "ends": {"type": "string", "format": "date"}, "deadline": {"type": "string", "format": "date", "nullable": true},
                  "daysLeft": {"type": "integer", "nullable": true}
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
                  "replaces": {"type": "integer"}, "proposedReserve": {"type": "integer"}
                }
              },
              "NewNominee": {
                "type": "object", "required": ["name", "role"],
                "properties": {
                  "office": {"type": "string", "description": "The office whose place it takes; found from worksAt when absent"},
                  "worksAt": {"type": "string"}, "name": {"type": "string"}, "role": {"type": "string"},
                  "position": {"type": "string"}, "phone": {"type": "string"}, "email": {"type": "string"}
                }
              }
            }
          }
        }
        """#
}
