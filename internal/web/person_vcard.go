package web

import (
	"bytes"
	"mime"
	"net/http"
	"strings"

	"coalition/internal/directory"
)

// personVCard downloads a person as a vCard 4.0 file (text/vcard), with the
// organization and role of their first current affiliation.
func (s *Server) personVCard(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	rec, err := s.personRecord(r, id)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := directory.WritePeople(&buf, directory.ExportVCard, []directory.PersonRecord{rec}); err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", "text/vcard; charset=utf-8")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": vcardName(rec.Name())}))
	h.Set("Cache-Control", "no-store")
	_, _ = buf.WriteTo(w) // a failed write means the client went away
	return nil
}

// personRecord is the person with their current affiliation, as exports have it.
func (s *Server) personRecord(r *http.Request, id int64) (directory.PersonRecord, error) {
	p, err := s.dir.Person(r.Context(), id)
	if err != nil {
		return directory.PersonRecord{}, err
	}
	rec := directory.PersonRecord{Person: p}
	rows, err := s.affiliationRows(r.Context(), id)
	if err != nil {
		return directory.PersonRecord{}, err
	}
	for _, a := range rows {
		if a.Current && !a.OrgUnavailable {
			rec.Organization, rec.Role = a.OrgName, a.Role
			break
		}
	}
	return rec, nil
}

// vcardName is the file name of a person's vCard: the name without
// characters file systems refuse.
func vcardName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return -1
		}
		return r
	}, name)
	if strings.TrimSpace(name) == "" {
		name = "contact"
	}
	return name + ".vcf"
}
