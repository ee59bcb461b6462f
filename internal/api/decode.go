package api

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"coalition/internal/i18n"
)

// maxBody is the largest JSON body the API reads.
const maxBody = 1 << 20

// decodeJSON reads the request's JSON body into v. A body that is not JSON, has
// unknown fields or is larger than maxBody gives a validation error naming the
// field when one is at fault.
func decodeJSON(r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, maxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	var typeErr *json.UnmarshalTypeError
	var tooLarge *http.MaxBytesError
	switch {
	case err == nil:
		if dec.More() {
			return i18n.Invalid("", "error.invalid_json")
		}
		return nil
	case errors.As(err, &typeErr):
		return i18n.Invalid(typeErr.Field, "validation.json_type")
	case errors.As(err, &tooLarge):
		return i18n.Invalid("", "error.request_too_large")
	case errors.Is(err, io.EOF):
		return i18n.Invalid("", "error.invalid_json")
	default:
		return i18n.Invalid(unknownField(err), "error.invalid_json")
	}
}

// unknownField returns the field named by encoding/json's unknown-field error, or "".
func unknownField(err error) string {
	const prefix = `json: unknown field "`
	msg := err.Error()
	if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
		return msg[len(prefix) : len(msg)-1]
	}
	return ""
}
