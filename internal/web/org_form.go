package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"coalition/internal/directory"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// orgFields are the single-valued inputs of the organization form. Their
// names are the directory's field names, so a validation problem's Field
// names its input.
var orgFields = []string{
	"name", "name_lang", "country", "region", "city", "level", "sector", "kind",
	"members", "audience", "website", "email", "phone",
	"registry.transparency", "registry.pic", "registry.national", "source",
}

// orgMaxRows bounds the name and description rows a form may send.
const orgMaxRows = 20

// orgFromForm reads the posted organization form: the typed values (for
// showing the form again) and the organization they describe, unvalidated.
// Reach numbers that are not whole numbers come back as problems.
func orgFromForm(r *http.Request) (form, directory.Organization, directory.Problems) {
	f := readForm(r, append(orgFields, "confirm", "version")...)
	v := f.Values
	o := directory.Organization{
		Name: v["name"], NameLang: v["name_lang"], Country: v["country"], Region: v["region"], City: v["city"],
		Level: v["level"], Sector: v["sector"], Kind: v["kind"],
		Functions: r.PostForm["functions"], Topics: r.PostForm["topics"], Languages: r.PostForm["languages"],
		Website: v["website"], Email: v["email"], Phone: v["phone"], Source: v["source"],
		Registry: directory.RegistryIDs{Transparency: v["registry.transparency"], PIC: v["registry.pic"],
			National: v["registry.national"]},
		Names: orgTextRows(r, "names"), Descriptions: orgTextRows(r, "descriptions"),
	}
	var ps directory.Problems
	o.Members = orgCount(v["members"], "members", &ps)
	o.Audience = orgCount(v["audience"], "audience", &ps)
	return f, o, ps
}

// orgTextRows reads the rows prefix.N.lang and prefix.N.value; rows without a
// value are left out.
func orgTextRows(r *http.Request, prefix string) []directory.Text {
	var out []directory.Text
	for i := range orgMaxRows {
		value := strings.TrimSpace(r.PostFormValue(fmt.Sprintf("%s.%d.value", prefix, i)))
		if value != "" {
			out = append(out, directory.Text{Lang: r.PostFormValue(fmt.Sprintf("%s.%d.lang", prefix, i)), Value: value})
		}
	}
	return out
}

// orgCount reads a reach number: empty is 0; digit groups may be separated by
// spaces, dots, commas or apostrophes (12 000, 12.000, 12'000). Anything else
// adds a problem on field.
func orgCount(s, field string, ps *directory.Problems) int64 {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '.', ',', '\'':
			return -1
		}
		return r
	}, s)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		*ps = append(*ps, i18n.Invalid(field, "validation.number"))
		return 0
	}
	return n
}

// orgCheck validates o in place (normalizing it) and returns the problems of
// the form, ps among them, as one error, or nil.
func orgCheck(o *directory.Organization, ps directory.Problems) error {
	ps = append(ps, directory.ValidateOrganization(o)...)
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// orgValues are the form values of a stored organization, for the edit form.
func orgValues(o directory.Organization) map[string]string {
	return map[string]string{
		"name": o.Name, "name_lang": o.NameLang, "country": o.Country, "region": o.Region, "city": o.City,
		"level": o.Level, "sector": o.Sector, "kind": o.Kind,
		"members": orgCountValue(o.Members), "audience": orgCountValue(o.Audience),
		"website": o.Website, "email": o.Email, "phone": o.Phone, "source": o.Source,
		"registry.transparency": o.Registry.Transparency, "registry.pic": o.Registry.PIC,
		"registry.national": o.Registry.National,
		"version":           strconv.FormatInt(o.Version, 10),
	}
}

// orgCountValue writes a reach number for its input; 0 is left empty.
func orgCountValue(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// orgFail puts every problem of err beside its input (or above the form when
// it names no input, with a summary above the form otherwise) and returns
// the status to answer with. It reports false for errors that are not the
// user's to fix.
func (s *Server) orgFail(r *http.Request, f *form, err error) (int, bool) {
	ps := directory.AsProblems(err)
	code := httpx.Status(err)
	if len(ps) == 0 || code >= 500 {
		return s.fail(r, f, err)
	}
	lang := i18n.Lang(r.Context())
	for _, p := range ps {
		msg := s.i18n.T(lang, p.Key, p.Args...)
		switch {
		case p.Field == "" || !orgKnownField(p.Field):
			f.Message = msg
		case f.Errors[p.Field] == "":
			f.Errors[p.Field] = msg
		}
	}
	if f.Message == "" && len(f.Errors) > 0 {
		f.Message = s.i18n.T(lang, "error.invalid") // the form is long: say so at its top
	}
	return code, true
}

// orgKnownField reports whether the form has an input (or a group of inputs)
// for a problem's field.
func orgKnownField(field string) bool {
	switch field {
	case "names", "descriptions", "functions", "topics", "languages":
		return true
	}
	for _, f := range orgFields {
		if f == field {
			return true
		}
	}
	return false
}
