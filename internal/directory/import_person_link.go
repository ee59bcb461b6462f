package directory

// linkAll links the people of ls to the organizations their rows name, a
// batch at a time: the organizations are looked up in one query, the
// affiliations the people have in another, and the new ones are stored in
// one transaction. A name that finds no organization or several is a
// warning on its row, and so is a role that cannot be stored; the person
// stays imported. A person already linked to the organization (without an
// end date) is not linked again. In a dry run only the names are looked up.
func (imp *personImport) linkAll(ls []link, rep *Report) error {
	if len(ls) == 0 {
		return nil
	}
	orgs, err := imp.linkedOrgs(ls, rep)
	if err != nil || imp.opts.DryRun {
		return err
	}
	linked, err := imp.linkedAlready(ls)
	if err != nil {
		return err
	}
	var as []Affiliation
	var hs []HistoryEntry
	for i, l := range ls {
		a := Affiliation{PersonID: l.personID, OrgID: orgs[i], Role: collapse(l.role)}
		if a.OrgID == 0 || a.PersonID == 0 || linked[[2]int64{a.PersonID, a.OrgID}] {
			continue
		}
		if ps := validateAffiliation(&a); ps != nil {
			imp.warnLink(l, imp.m.Index("role"), ps[0].Key, rep, ps[0].Args...)
			continue
		}
		linked[[2]int64{a.PersonID, a.OrgID}] = true
		as = append(as, a)
		hs = append(hs, imp.s.history(imp.actor, EntityPerson, a.PersonID, ActionUpdated, fieldsDetail("affiliations")))
	}
	if len(as) == 0 {
		return nil
	}
	return imp.s.store.CreateAffiliations(imp.ctx, as, hs)
}

// linkedOrgs returns the id of the one organization each link names (0 when
// there is none or several, which it reports as warnings).
func (imp *personImport) linkedOrgs(ls []link, rep *Report) ([]int64, error) {
	keys := make([]string, len(ls))
	for i, l := range ls {
		keys[i] = NameKey(l.org)
	}
	byKey, err := imp.s.store.OrgsByNameKeys(imp.ctx, keys)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(ls))
	for i, l := range ls {
		org, warn := namedOrg(byKey[keys[i]], l.country)
		if warn != "" {
			imp.warnLink(l, imp.m.Index("organization"), warn, rep, "value", l.org)
		}
		ids[i] = org
	}
	return ids, nil
}

// namedOrg picks, among the organizations that carry a name, the one in
// country, else the only one anywhere. warn is a message key when there is
// none or several.
func namedOrg(cands []Organization, country string) (id int64, warn string) {
	var here []Organization
	for _, c := range cands {
		if country == "" || c.Country == country {
			here = append(here, c)
		}
	}
	for _, set := range [][]Organization{here, cands} {
		switch len(set) {
		case 0:
			continue
		case 1:
			return set[0].ID, ""
		}
		return 0, "import.org_ambiguous"
	}
	return 0, "import.org_not_found"
}

// linkedAlready returns the people of ls and the organizations they are
// linked to without an end date.
func (imp *personImport) linkedAlready(ls []link) (map[[2]int64]bool, error) {
	ids := make([]int64, len(ls))
	for i, l := range ls {
		ids[i] = l.personID
	}
	as, err := imp.s.store.AffiliationsOfPeople(imp.ctx, ids)
	linked := map[[2]int64]bool{}
	for _, a := range as {
		if a.To.IsZero() {
			linked[[2]int64{a.PersonID, a.OrgID}] = true
		}
	}
	return linked, err
}

// warnLink reports a link that was not made, on its row and in column col.
func (imp *personImport) warnLink(l link, col int, key string, rep *Report, args ...any) {
	rep.warn(RowProblem{Row: l.line, Column: imp.column(col), Key: key, Args: args})
}
