package tabular

import (
	"errors"

	"coalition/internal/errs"
	"coalition/internal/i18n"
)

// Every error the package returns for bad input is an *i18n.LocalizedError of
// kind errs.ErrInvalid whose Key names a catalog message: import.empty_file,
// import.not_xlsx, import.not_text, import.too_large, import.encoding,
// import.no_sheet, import.bad_json for a whole file; import.bad_quotes,
// import.invalid_text, import.row_too_long and import.json_value for one row
// (see Reader.RowErr).
// Other errors (a failing disk) are returned as they are.

func invalid(key string, args ...any) *i18n.LocalizedError {
	return i18n.NewError(errs.ErrInvalid, "", key, args...)
}

// emptyFile is the error for a file without a header row.
func emptyFile() error { return invalid("import.empty_file") }

// notXLSX is the error for a file that claims to be a workbook but is not one.
func notXLSX() error { return invalid("import.not_xlsx") }

// notText is the error for a file read as CSV or JSON that holds binary data
// (see binaryData).
func notText() error { return invalid("import.not_text") }

// tooLarge is the error for input beyond the configured limit, in megabytes.
func tooLarge(limit int64) error {
	return invalid("import.too_large", "max", (limit+(1<<20)-1)>>20)
}

// rowError marks an error that spoils one row only: the reader reports it and
// goes on with the next row.
type rowError struct{ err *i18n.LocalizedError }

func (e rowError) Error() string { return e.err.Error() }

func badRow(key string, args ...any) error { return rowError{invalid(key, args...)} }

// asRowError returns the LocalizedError of a row error, or nil.
func asRowError(err error) *i18n.LocalizedError {
	var re rowError
	if errors.As(err, &re) {
		return re.err
	}
	return nil
}
