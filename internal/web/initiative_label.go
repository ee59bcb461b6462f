package web

import (
	"slices"

	"coalition/internal/eu"
	"coalition/internal/initiative"
)

// kindLabel names an initiative's kind in lang.
func (s *Server) kindLabel(lang string, k initiative.Kind) string {
	for _, x := range initiative.Kinds {
		if x.Kind == k {
			return s.i18n.T(lang, x.Label)
		}
	}
	return string(k)
}

// statusLabel names an initiative's status in lang.
func (s *Server) statusLabel(lang string, st initiative.Status) string {
	for _, x := range initiative.Statuses {
		if x.Status == st {
			return s.i18n.T(lang, x.Label)
		}
	}
	return string(st)
}

// roleLabel names a team role in lang; an administrator who is not on the
// team shows as such.
func (s *Server) roleLabel(lang string, a initiative.Access) string {
	for _, x := range initiative.Roles {
		if x.Role == a.Role {
			return s.i18n.T(lang, x.Label)
		}
	}
	if a.Admin {
		return s.i18n.T(lang, "initiative.role.admin")
	}
	return string(a.Role)
}

// kindOptions lists the kinds in lang with sel selected.
func (s *Server) kindOptions(lang string, sel string) []orgOption {
	out := make([]orgOption, len(initiative.Kinds))
	for i, x := range initiative.Kinds {
		out[i] = orgOption{Value: string(x.Kind), Label: s.i18n.T(lang, x.Label), Selected: string(x.Kind) == sel}
	}
	return out
}

// statusOptions lists the statuses in lang with sel selected.
func (s *Server) statusOptions(lang string, sel string) []orgOption {
	out := make([]orgOption, len(initiative.Statuses))
	for i, x := range initiative.Statuses {
		out[i] = orgOption{Value: string(x.Status), Label: s.i18n.T(lang, x.Label), Selected: string(x.Status) == sel}
	}
	return out
}

// teamRoleOptions lists the team roles in lang with sel selected.
func (s *Server) teamRoleOptions(lang string, sel string) []orgOption {
	out := make([]orgOption, len(initiative.Roles))
	for i, x := range initiative.Roles {
		out[i] = orgOption{Value: string(x.Role), Label: s.i18n.T(lang, x.Label), Selected: string(x.Role) == sel}
	}
	return out
}

// memberStateOptions lists the member states by their EU code, named and
// sorted in lang, with the codes in selected marked.
func memberStateOptions(lang string, selected []string) []orgOption {
	states := eu.MemberStates()
	out := make([]orgOption, len(states))
	for i, m := range states {
		out[i] = orgOption{Value: m.Code, Label: m.Name(lang), Selected: slices.Contains(selected, m.Code)}
	}
	orgSortOptions(lang, out)
	return out
}

// stateNames names member states (EU codes) in lang, in the order given.
func stateNames(lang string, codes []string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = countryName(lang, c)
	}
	return out
}
