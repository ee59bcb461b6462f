package web

import (
	"errors"
	"net/http"
	"strconv"

	"coalition/internal/errs"
	"coalition/internal/eu"
	"coalition/internal/i18n"
	"coalition/internal/initiative"
	"coalition/internal/initiative/eci"
)

// organizerFields are the inputs of the form of a member of the group of
// organisers; their names are the service's field names. oid names the
// member an edit form is about, for the live check.
var organizerFields = []string{
	"name", "email", "residence", "nationality", "birth_date", "age_confirmed", "mep", "role", "version", "oid",
}

// organizerFromForm reads the posted form: the typed values and the member
// they describe, unvalidated. A date of birth that is not a date is an error
// on its input; the member comes back all the same, without it.
func organizerFromForm(r *http.Request, initiativeID, id int64) (form, initiative.Organizer, error) {
	f := readForm(r, organizerFields...)
	v := f.Values
	o := initiative.Organizer{ID: id, InitiativeID: initiativeID, Email: v["email"], Version: formInt64(v["version"]),
		Organizer: eci.Organizer{Name: v["name"], Residence: v["residence"], Nationality: v["nationality"],
			AgeConfirmed: v["age_confirmed"] == "1", MEP: v["mep"] == "1", Role: eci.Role(v["role"])}}
	birth, err := personDay("birth_date", v["birth_date"])
	o.BirthDate = birth
	return f, o, err
}

// organizerValues are the form values of a stored member.
func organizerValues(o initiative.Organizer) map[string]string {
	v := map[string]string{"name": o.Name, "email": o.Email, "residence": o.Residence,
		"nationality": o.Nationality, "birth_date": personDayText(o.BirthDate), "role": string(o.Role),
		"version": strconv.FormatInt(o.Version, 10), "oid": strconv.FormatInt(o.ID, 10)}
	if o.AgeConfirmed {
		v["age_confirmed"] = "1"
	}
	if o.MEP {
		v["mep"] = "1"
	}
	return v
}

// organizerTyped reports whether the form describes someone yet, so the live
// check can leave out an empty add form.
func organizerTyped(o eci.Organizer) bool {
	return o.Name != "" || o.Residence != "" || o.Nationality != "" || !o.BirthDate.IsZero() || o.AgeConfirmed || o.MEP
}

// organizerFail puts the problems of err beside their inputs, a stale
// version above the form, and returns the status; false for errors that are
// not the user's to fix.
func (s *Server) organizerFail(r *http.Request, f *form, err error) (int, bool) {
	if errors.Is(err, errs.ErrStale) {
		f.Message = s.i18n.T(i18n.Lang(r.Context()), "error.stale")
		return http.StatusConflict, true
	}
	return s.failProblems(r, f, err)
}

// organizerRoleKeys name the roles in an ECI's group of organisers.
var organizerRoleKeys = map[eci.Role]string{
	eci.RoleRepresentative: "initiative.organizer.role.representative",
	eci.RoleSubstitute:     "initiative.organizer.role.substitute",
	eci.RoleStandIn:        "initiative.organizer.role.stand_in",
	eci.RoleMember:         "initiative.organizer.role.member",
}

// organizerRoleOptions lists the roles in a group of organisers in lang.
func (s *Server) organizerRoleOptions(lang string, sel string) []orgOption {
	out := make([]orgOption, len(eci.Roles))
	for i, r := range eci.Roles {
		out[i] = orgOption{Value: string(r), Label: s.organizerRoleLabel(lang, r), Selected: string(r) == sel}
	}
	return out
}

// organizerRoleLabel names a role in a group of organisers in lang.
func (s *Server) organizerRoleLabel(lang string, r eci.Role) string {
	if key, ok := organizerRoleKeys[r]; ok {
		return s.i18n.T(lang, key)
	}
	return string(r)
}

// isoCode turns a member state's EU code into its ISO code (EL → GR), for
// the country selects, which list ISO codes; other codes stay as they are.
func isoCode(code string) string {
	if m, ok := eu.Lookup(code); ok {
		return m.ISO
	}
	return code
}
