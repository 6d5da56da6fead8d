package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Expand returns the full form of a short IRI ("schema:name" ->
// "http://schema.org/name"); IRIs with no known prefix are returned as they are.
func Expand(iri string) string {
	for _, p := range Prefixes {
		if strings.HasPrefix(iri, p.Prefix) {
			return p.Namespace + iri[len(p.Prefix):]
		}
	}
	return iri
}

// Shorten is the inverse of Expand.
func Shorten(iri string) string {
	for _, p := range Prefixes {
		if strings.HasPrefix(iri, p.Namespace) {
			return p.Prefix + iri[len(p.Namespace):]
		}
	}
	return iri
}

// Slug turns a name into the lower-case ASCII words of an IRI path segment:
// "Mélanie Joly" -> "melanie-joly", "Huawei Technologies' CFO" -> "huawei-technologies-cfo".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // drop combining marks: é -> e
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// a non-Latin letter: keep it (IRIs allow Unicode), lower-cased
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		sum := sha256.Sum256([]byte(name))
		return "x" + hex.EncodeToString(sum[:6])
	}
	return b.String()
}

// EntityIRI is the IRI of the entity with this canonical name. It depends on
// the name alone, so one real entity is one node across documents.
func EntityIRI(canonical string) string { return "ng:id/" + Slug(canonical) }

// DocumentIRI is the IRI of a document with this identifier (its file's base name).
// Every quad extracted from the document carries it as its label.
func DocumentIRI(identifier string) string { return "ng:doc/" + Slug(identifier) }

// EventIRI is the IRI of the n-th event (from 1) of a document.
func EventIRI(docIdentifier string, n int) string {
	return "ng:event/" + Slug(docIdentifier) + "/" + itoa(n)
}

// RelationIRI is the IRI of the reified n-th relation (from 1) of a document.
func RelationIRI(docIdentifier string, n int) string {
	return "ng:rel/" + Slug(docIdentifier) + "/" + itoa(n)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
