package directory

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/draw"
	"golang.org/x/image/webp"

	"coalition/internal/i18n"
)

// Limits on uploaded logos. MaxLogoBytes bounds the upload; maxLogoSide and
// maxLogoPixels bound the dimensions an image may declare before it is decoded,
// so a small file that claims to be a huge image (a decompression bomb) is
// refused before any pixel memory is allocated; LogoSide bounds the stored image.
const (
	MaxLogoBytes  = 2 << 20
	LogoSide      = 512
	maxLogoSide   = 8000
	maxLogoPixels = 40_000_000
	logoQuality   = 85
)

// logoFormat is an image format Coalition accepts for logos.
type logoFormat struct {
	name         string
	decode       func(io.Reader) (image.Image, error)
	decodeConfig func(io.Reader) (image.Config, error)
}

var (
	formatPNG  = logoFormat{"png", png.Decode, png.DecodeConfig}
	formatJPEG = logoFormat{"jpeg", jpeg.Decode, jpeg.DecodeConfig}
	formatWebP = logoFormat{"webp", webp.Decode, webp.DecodeConfig}
)

// PrepareLogo checks an uploaded logo and re-encodes it for storage. The format
// is sniffed from the content, never taken from a file name: PNG, JPEG and WebP
// are accepted, SVG is refused (it can carry scripts), anything else too. The
// image is scaled down to fit within LogoSide×LogoSide, keeping its aspect ratio
// (never scaled up), and encoded afresh, which drops every piece of metadata
// (EXIF, GPS positions, comments): as PNG when it has transparent pixels, as
// JPEG otherwise. Problems are *i18n.LocalizedError values for the field "logo".
func PrepareLogo(data []byte) (Logo, error) {
	if len(data) == 0 {
		return Logo{}, i18n.Invalid("logo", "validation.required")
	}
	if len(data) > MaxLogoBytes {
		return Logo{}, i18n.Invalid("logo", "logo.too_large", "max", MaxLogoBytes>>20)
	}
	format, err := sniffLogo(data)
	if err != nil {
		return Logo{}, err
	}
	img, err := decodeLogo(data, format)
	if err != nil {
		return Logo{}, err
	}
	return encodeLogo(fitLogo(img, LogoSide))
}

// sniffLogo recognises the image format from the first bytes of data.
func sniffLogo(data []byte) (logoFormat, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return formatPNG, nil
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return formatJPEG, nil
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		return formatWebP, nil
	case looksLikeSVG(data):
		return logoFormat{}, i18n.Invalid("logo", "logo.svg_refused")
	}
	return logoFormat{}, i18n.Invalid("logo", "logo.unsupported_type")
}

// looksLikeSVG reports whether data starts like an SVG or other XML document:
// after an optional byte-order mark and white space, an XML declaration, an SVG
// doctype, or an <svg> element within the first kilobyte.
func looksLikeSVG(data []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 1024 {
		head = head[:1024]
	}
	lower := bytes.ToLower(head)
	return bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<!doctype svg")) ||
		bytes.Contains(lower, []byte("<svg"))
}

// decodeLogo checks the dimensions the image declares, then decodes it.
func decodeLogo(data []byte, f logoFormat) (image.Image, error) {
	cfg, err := f.decodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, i18n.Invalid("logo", "logo.corrupt")
	}
	if cfg.Width > maxLogoSide || cfg.Height > maxLogoSide || cfg.Width*cfg.Height > maxLogoPixels {
		return nil, i18n.Invalid("logo", "logo.too_many_pixels", "side", maxLogoSide, "megapixels", maxLogoPixels/1_000_000)
	}
	img, err := f.decode(bytes.NewReader(data))
	if err != nil {
		return nil, i18n.Invalid("logo", "logo.corrupt")
	}
	return img, nil
}

// fitLogo scales img down with Catmull-Rom resampling so that it fits within
// side×side, keeping its aspect ratio; a smaller image is returned unchanged.
func fitLogo(img image.Image, side int) image.Image {
	b := img.Bounds()
	w, h := fitSize(b.Dx(), b.Dy(), side)
	if w == b.Dx() && h == b.Dy() {
		return img
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
	return dst
}

// fitSize returns the size of a w×h image scaled down to fit within side×side,
// rounded to whole pixels and at least 1×1.
func fitSize(w, h, side int) (int, int) {
	if w <= side && h <= side {
		return w, h
	}
	if w >= h {
		return side, max(1, (h*side+w/2)/w)
	}
	return max(1, (w*side+h/2)/h), side
}

// encodeLogo encodes img as PNG when any pixel is not fully opaque, as JPEG
// otherwise.
func encodeLogo(img image.Image) (Logo, error) {
	var buf bytes.Buffer
	l := Logo{Width: img.Bounds().Dx(), Height: img.Bounds().Dy()}
	var err error
	if opaque(img) {
		l.ContentType = "image/jpeg"
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: logoQuality})
	} else {
		l.ContentType = "image/png"
		err = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img)
	}
	if err != nil {
		return Logo{}, i18n.Invalid("logo", "logo.corrupt")
	}
	l.Data = buf.Bytes()
	return l, nil
}

// opaque reports whether every pixel of img is fully opaque. The image types of
// the standard library answer this themselves; any other image is checked pixel
// by pixel.
func opaque(img image.Image) bool {
	if o, ok := img.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if _, _, _, a := img.At(x, y).RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}
