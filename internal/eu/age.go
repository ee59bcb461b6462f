package eu

// adultAge is the age of majority and the default for both tables below.
const adultAge = 18

// signingAges lists the member states that let citizens younger than 18
// support a European citizens' initiative; every other state requires 18.
// Source: Regulation (EU) 2019/788, Article 2(1) (the minimum age is the EP
// voting age unless a state sets 16) and the states' notifications as listed
// by the Commission on its ECI website, as of mid-2025: Austria, Estonia and
// Malta 16; Germany 16 from 1 January 2023; Belgium 16 from 1 May 2023;
// Greece 17 (its EP voting age); Finland 16 (recorded from the project's
// SPEC, mid-2025; its start date was not checked against a primary source).
var signingAges = map[string]int{
	"AT": 16, "BE": 16, "DE": 16, "EE": 16, "FI": 16, "MT": 16, "EL": 17,
}

// votingAges lists the member states whose minimum age to vote in European
// Parliament elections is below 18; every other state requires 18.
// Source: the national electoral laws as applied at the European elections
// of 6-9 June 2024: Austria 16 (since 2007), Malta 16 (since 2018),
// Germany 16 (Europawahlgesetz as amended in 2022), Belgium 16 (EP
// election law as amended in 2022), Greece 17 (since 2016).
var votingAges = map[string]int{
	"AT": 16, "BE": 16, "DE": 16, "MT": 16, "EL": 17,
}

// SigningAge returns the minimum age to sign (support) a European citizens'
// initiative as a national of the member state code (EU or ISO code), or 0
// if code is not a current or former member state. See signingAges for the
// source and its date.
func SigningAge(code string) int {
	return ageIn(signingAges, code)
}

// OrganizerAge returns the minimum age to vote in European Parliament
// elections in the member state code (EU or ISO code), which is the age an
// ECI organiser residing there must have (Regulation (EU) 2019/788,
// Article 5(1)), or 0 if code is not a current or former member state. See
// votingAges for the source and its date.
func OrganizerAge(code string) int {
	return ageIn(votingAges, code)
}

func ageIn(exceptions map[string]int, code string) int {
	state, err := canonical(code)
	if err != nil {
		return 0
	}
	if age, ok := exceptions[state]; ok {
		return age
	}
	return adultAge
}
