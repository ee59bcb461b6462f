package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// orgLogoCache is the Cache-Control of a served logo. Logo URLs on the pages
// carry the logo's time, so a new logo gets a new URL.
const orgLogoCache = "private, max-age=86400"

// orgLogoService is what the logo pages need from the directory service:
// SetOrgLogo checks an uploaded image (directory.PrepareLogo), re-encodes and
// stores it; OrgLogo returns the stored logo or error.not_found.
//
// *directory.Service does not have these methods yet (its store has PutLogo
// and Logo); until it does, uploading answers 404 and no logo is served.
type orgLogoService interface {
	SetOrgLogo(ctx context.Context, actor directory.Actor, id int64, data []byte) error
	OrgLogo(ctx context.Context, id int64) (directory.Logo, error)
}

// logos returns the directory service's logo methods, if it has them.
func (s *Server) logos() (orgLogoService, bool) {
	l, ok := any(s.dir).(orgLogoService)
	return l, ok
}

// orgLogo serves an organization's logo with its content type, an ETag and
// Last-Modified, answering 304 when the browser's copy is current; 404 when
// the organization has no logo.
func (s *Server) orgLogo(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	ls, ok := s.logos()
	if !ok {
		return errs.ErrNotFound
	}
	l, err := ls.OrgLogo(r.Context(), id)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(l.Data)
	h := w.Header()
	h.Set("Content-Type", l.ContentType)
	h.Set("Cache-Control", orgLogoCache)
	h.Set("ETag", `"`+hex.EncodeToString(sum[:16])+`"`)
	http.ServeContent(w, r, "", l.UpdatedAt, bytes.NewReader(l.Data))
	return nil
}

// orgLogoURL returns the address of o's logo, with the logo's time so that a
// new logo is not hidden by a cached old one, or "" when o has none.
func (s *Server) orgLogoURL(ctx context.Context, o directory.Organization) (string, error) {
	ls, ok := s.logos()
	if !o.HasLogo || !ok {
		return "", nil
	}
	l, err := ls.OrgLogo(ctx, o.ID)
	if errors.Is(err, errs.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("/organizations/%d/logo?v=%d", o.ID, l.UpdatedAt.UnixMilli()), nil
}

// orgLogoUpload stores an uploaded logo (multipart field "logo") and goes
// back to the organization. A file the service refuses (too large, SVG, not
// an image) shows the page again with the translated reason beside the
// upload field (422).
func (s *Server) orgLogoUpload(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	ls, ok := s.logos()
	if !ok {
		return errs.ErrNotFound
	}
	data, err := orgUploaded(r, "logo")
	if err == nil {
		err = ls.SetOrgLogo(r.Context(), directoryActor(r), id, data)
	}
	if err == nil {
		s.redirectFlash(w, r, fmt.Sprintf("/organizations/%d", id), "org.logo.saved")
		return nil
	}
	return s.orgLogoFailed(w, r, id, err)
}

// orgUploaded reads the file of a multipart field, which the route bounds
// to directory.MaxLogoBytes. A missing file is a required-field problem, a
// larger one the logo's "too large".
func orgUploaded(r *http.Request, field string) ([]byte, error) {
	up := uploadFrom(r.Context(), field)
	switch {
	case up == nil || (up.Path == "" && !up.TooBig):
		return nil, i18n.Invalid(field, "validation.required")
	case up.TooBig:
		return nil, i18n.Invalid(field, "logo.too_large", "max", directory.MaxLogoBytes>>20)
	}
	data, err := os.ReadFile(up.Path)
	if err != nil {
		return nil, fmt.Errorf("web: read upload: %w", err)
	}
	return data, nil
}

// orgLogoFailed shows the organization again with the logo's problem beside
// the upload field, or returns err when it is not the user's to fix.
func (s *Server) orgLogoFailed(w http.ResponseWriter, r *http.Request, id int64, err error) error {
	lang := i18n.Lang(r.Context())
	page, perr := s.orgDetailData(r.Context(), lang, id)
	if perr != nil {
		return perr
	}
	code, ok := s.fail(r, &page.Logo, err)
	if !ok {
		return err
	}
	return s.render(w, r, code, "org_detail.html", page)
}
