package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"

	"coalition/internal/directory"
	"coalition/internal/errs"
	"coalition/internal/httpx"
	"coalition/internal/i18n"
)

// orgLogoBodyLimit bounds the body of a logo upload: the largest logo and
// room for the multipart framing and the other fields.
const orgLogoBodyLimit = directory.MaxLogoBytes + 64<<10

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

// orgUploaded reads the file of a multipart field, at most
// directory.MaxLogoBytes and one byte more (so the service sees it is too
// large). A missing file is a required-field problem.
func orgUploaded(r *http.Request, field string) ([]byte, error) {
	f, _, err := r.FormFile(field)
	if err != nil {
		return nil, i18n.Invalid(field, "validation.required")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, directory.MaxLogoBytes+1))
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

// orgUploadPage is page for a multipart upload of up to limit bytes. The CSRF
// check bounds form bodies to maxFormBytes, too small for a logo, so the
// body is parsed here first, within limit, after the cross-origin check and
// before the token check (which then reads the token from the parsed form).
// A body over the limit gets the translated "too large" page (422).
func (s *Server) orgUploadPage(h httpx.HandlerFunc, limit int64) http.Handler {
	return httpx.Chain(httpx.Adapt(h, s.renderError),
		httpx.SecurityHeaders,
		s.session,
		httpx.Locale(s.i18n),
		httpx.RecoverWith(s.logger, s.renderError),
		s.switchLanguage,
		s.origin.Handler,
		s.parseUpload(limit),
		s.csrf,
	)
}

// errUploadTooLarge answers an upload body over the limit.
var errUploadTooLarge = i18n.NewError(errs.ErrInvalid, "logo", "logo.too_large", "max", directory.MaxLogoBytes>>20)

// parseUpload parses a multipart body of up to limit bytes into memory.
func (s *Server) parseUpload(limit int64) httpx.Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, limit)
			err := r.ParseMultipartForm(limit)
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) || r.ContentLength > limit {
				s.renderError(w, r, errUploadTooLarge)
				return
			}
			if r.MultipartForm != nil {
				defer r.MultipartForm.RemoveAll()
			}
			next.ServeHTTP(w, r)
		})
	}
}
