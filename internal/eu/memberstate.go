package eu

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownState reports a code that is not a member state, or a state
// that has no entry in the table asked for (for example the United Kingdom
// after it left the Union, or Croatia before it joined).
var ErrUnknownState = errors.New("eu: unknown member state")

// MemberState is a member state of the European Union, identified by its EU
// country code and its ISO 3166-1 alpha-2 code. The two differ only for
// Greece (EL, GR) and, among former members, the United Kingdom (UK, GB).
type MemberState struct {
	Code string // EU country code, "EL" for Greece
	ISO  string // ISO 3166-1 alpha-2 code, "GR" for Greece
}

// currentStates lists the 27 member states in EU protocol order (alphabetical
// by the name of each state in its own language).
// Source: Interinstitutional Style Guide (Publications Office of the
// European Union), list of member states with their codes, in protocol order.
var currentStates = []MemberState{
	{"BE", "BE"}, {"BG", "BG"}, {"CZ", "CZ"}, {"DK", "DK"}, {"DE", "DE"},
	{"EE", "EE"}, {"IE", "IE"}, {"EL", "GR"}, {"ES", "ES"}, {"FR", "FR"},
	{"HR", "HR"}, {"IT", "IT"}, {"CY", "CY"}, {"LV", "LV"}, {"LT", "LT"},
	{"LU", "LU"}, {"HU", "HU"}, {"MT", "MT"}, {"NL", "NL"}, {"AT", "AT"},
	{"PL", "PL"}, {"PT", "PT"}, {"RO", "RO"}, {"SI", "SI"}, {"SK", "SK"},
	{"FI", "FI"}, {"SE", "SE"},
}

// unitedKingdom was a member state until 31 January 2020 (Withdrawal
// Agreement, OJ L 29, 31.1.2020, Article 185: entry into force on
// 1 February 2020). It appears in the historic seat and threshold tables.
var unitedKingdom = MemberState{"UK", "GB"}

// allStates is currentStates followed by the former member states.
var allStates = append(append([]MemberState(nil), currentStates...), unitedKingdom)

// MemberStates returns the 27 current member states in EU protocol order.
// The caller may modify the returned slice.
func MemberStates() []MemberState {
	return append([]MemberState(nil), currentStates...)
}

// Lookup finds a current member state by its EU code or its ISO code,
// ignoring case and surrounding spaces: "el", "GR" and "EL" all give Greece.
// The United Kingdom is not found here; use LookupAny for historic data.
func Lookup(code string) (MemberState, bool) {
	return lookupIn(currentStates, code)
}

// LookupAny is Lookup extended to former member states: "UK" and "GB" give
// the United Kingdom.
func LookupAny(code string) (MemberState, bool) {
	return lookupIn(allStates, code)
}

// Current reports whether m is a member state today (false for the United
// Kingdom).
func (m MemberState) Current() bool {
	_, ok := Lookup(m.Code)
	return ok
}

// String returns the EU code.
func (m MemberState) String() string { return m.Code }

func lookupIn(states []MemberState, code string) (MemberState, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	for _, m := range states {
		if m.Code == code || m.ISO == code {
			return m, true
		}
	}
	return MemberState{}, false
}

// canonical returns the EU code of a current or former member state, or
// ErrUnknownState.
func canonical(code string) (string, error) {
	m, ok := LookupAny(code)
	if !ok {
		return "", fmt.Errorf("%w: %q", ErrUnknownState, code)
	}
	return m.Code, nil
}
