package web

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"time"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
)

// initiativeFields are the single-valued inputs of the initiative form.
// Their names are the service's field names, so a problem's Field names its
// input (see initiativeInput for the one exception).
var initiativeFields = []string{
	"kind", "status", "goals", "starts_on", "ends_on", "registered_on", "collection_start", "collection_end",
	"alliance_goal", "public", "slug", "version",
}

// initiativeDates are the date inputs of the form and where each goes.
func initiativeDates(in *initiative.Initiative) []struct {
	field string
	to    *time.Time
} {
	return []struct {
		field string
		to    *time.Time
	}{
		{"starts_on", &in.StartsOn}, {"ends_on", &in.EndsOn}, {"registered_on", &in.RegisteredOn},
		{"collection_start", &in.CollectionStart}, {"collection_end", &in.CollectionEnd},
	}
}

// initiativeFromForm reads the posted form: the typed values (for showing
// the form again) and the initiative they describe, unvalidated. Dates and
// a goal that cannot be read come back as problems.
func initiativeFromForm(r *http.Request) (form, initiative.Initiative, directory.Problems) {
	f := readForm(r, initiativeFields...)
	v := f.Values
	in := initiative.Initiative{Kind: initiative.Kind(v["kind"]), Status: initiative.Status(v["status"]),
		Goals: r.PostFormValue("goals"), Slug: v["slug"], Public: v["public"] == "1",
		Titles: orgTextRows(r, "titles"), Descriptions: orgTextRows(r, "descriptions"),
		Version: formInt64(v["version"])}
	var ps directory.Problems
	for _, d := range initiativeDates(&in) {
		day, err := personDay(d.field, v[d.field])
		if err != nil {
			ps = append(ps, i18n.Invalid(d.field, "validation.date"))
		}
		*d.to = day
	}
	in.AllianceGoal = int(orgCount(v["alliance_goal"], "alliance_goal", &ps))
	return f, in, ps
}

// initiativeValues are the form values of a stored initiative.
func initiativeValues(in initiative.Initiative) map[string]string {
	v := map[string]string{"kind": string(in.Kind), "status": string(in.Status), "goals": in.Goals,
		"slug": in.Slug, "version": strconv.FormatInt(in.Version, 10)}
	for _, d := range initiativeDates(&in) {
		v[d.field] = personDayText(*d.to)
	}
	if in.AllianceGoal > 0 {
		v["alliance_goal"] = strconv.Itoa(in.AllianceGoal)
	}
	if in.Public {
		v["public"] = "1"
	}
	return v
}

// initiativeInput maps a problem's field to the input showing it: the
// registration date's own check names it "registered".
func initiativeInput(field string) string {
	if field == "registered" {
		return "registered_on"
	}
	return field
}

// initiativeKnownField reports whether the form shows problems of field
// beside an input or group of inputs.
func initiativeKnownField(field string) bool {
	return field == "titles" || field == "descriptions" || slices.Contains(initiativeFields, field)
}

// initiativeFail puts every problem of err beside its input, a stale version
// above the form, and returns the status to answer with. It reports false
// for errors that are not the user's to fix.
func (s *Server) initiativeFail(r *http.Request, f *form, err error) (int, bool) {
	lang := i18n.Lang(r.Context())
	if errors.Is(err, errs.ErrStale) {
		f.Message = s.i18n.T(lang, "error.stale")
		return http.StatusConflict, true
	}
	ps := directory.AsProblems(err)
	code := httpx.Status(err)
	if len(ps) == 0 || code >= 500 {
		return s.fail(r, f, err)
	}
	for _, p := range ps {
		msg, field := s.i18n.T(lang, p.Key, p.Args...), initiativeInput(p.Field)
		switch {
		case !initiativeKnownField(field):
			f.Message = msg
		case f.Errors[field] == "":
			f.Errors[field] = msg
		}
	}
	if f.Message == "" {
		f.Message = s.i18n.T(lang, "error.invalid")
	}
	return code, true
}

// initiativeCheck validates in the way the service will, so problems of the
// form's own reading and of the service show together.
func initiativeCheck(in initiative.Initiative, ps directory.Problems) error {
	if len(ps) == 0 {
		return nil
	}
	check := in
	ps = append(ps, initiative.Validate(&check, time.Now().UTC())...)
	return ps
}
