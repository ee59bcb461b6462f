package web

import (
	"errors"
	"net/http"
	"strings"

	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// form holds what a user typed and the translated errors to show beside it.
type form struct {
	Values  map[string]string
	Errors  map[string]string // field name → message
	Message string            // a message not tied to one field
}

// readForm collects the named fields of a posted form, trimmed (passwords are
// taken as typed).
func readForm(r *http.Request, fields ...string) form {
	f := form{Values: map[string]string{}, Errors: map[string]string{}}
	for _, name := range fields {
		v := r.PostFormValue(name)
		if !strings.Contains(name, "password") {
			v = strings.TrimSpace(v)
		}
		f.Values[name] = v
	}
	return f
}

// fail puts a user-facing error on the form and returns the status to answer
// with. It reports false for errors that are not the user's to fix (internal
// errors), which the caller returns instead.
func (s *Server) fail(r *http.Request, f *form, err error) (int, bool) {
	code := httpx.Status(err)
	var le *i18n.LocalizedError
	if code >= 500 || (!errors.As(err, &le) && !errors.Is(err, errs.ErrInvalid)) {
		return code, false
	}
	_, msg, field := s.i18n.Describe(i18n.Lang(r.Context()), err)
	if field != "" {
		f.Errors[field] = msg
	} else {
		f.Message = msg
	}
	return code, true
}

// field is what the "field" template needs to draw one labelled input.
type field struct {
	Name, Type, Autocomplete, Label, Hint string
	Value, Error                          string
	Required                              bool
}

// fieldOf is the template function that describes the input name of form f.
func fieldOf(f form, name, typ, autocomplete, label, hint string, required bool) field {
	return field{Name: name, Type: typ, Autocomplete: autocomplete, Label: label, Hint: hint,
		Value: f.Values[name], Error: f.Errors[name], Required: required}
}
