package api

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strings"

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
		return i18n.Invalid(jsonField(reflect.TypeOf(v), typeErr.Field), "validation.json_type")
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

// jsonField turns the path of a type error into the field as the client wrote
// it: encoding/json names an embedded struct by its Go type on the way
// ("orgInput.members"), which no client sends, so such steps are left out.
func jsonField(t reflect.Type, path string) string {
	var out []string
	for _, step := range strings.Split(path, ".") {
		for t != nil && t.Kind() != reflect.Struct && hasElem(t.Kind()) {
			t = t.Elem()
		}
		if t == nil || t.Kind() != reflect.Struct {
			out, t = append(out, step), nil
			continue
		}
		if f, ok := t.FieldByName(step); ok && f.Anonymous && len(f.Index) == 1 {
			t = f.Type
			continue
		}
		out, t = append(out, step), fieldType(t, step)
	}
	return strings.Join(out, ".")
}

// hasElem reports whether a type of kind k has an element type.
func hasElem(k reflect.Kind) bool {
	return k == reflect.Pointer || k == reflect.Slice || k == reflect.Array || k == reflect.Map
}

// fieldType returns the type of t's own field with the JSON name, or nil.
func fieldType(t reflect.Type, name string) reflect.Type {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == name || tag == "" && f.Name == name {
			return f.Type
		}
	}
	return nil
}
