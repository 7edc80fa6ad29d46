// Package bufio: the part of Go's package bufio that go2c provides,
// declared for its type checker.  The functions are C, in
// runtime/lib/bufio.c; the structs' fields are the C structs' (lib.h).
package bufio

import "io"

const MaxScanTokenSize = 64 * 1024

var (
	ErrTooLong         error
	ErrNegativeAdvance error
	ErrAdvanceTooFar   error
	ErrBufferFull      error

	ErrInvalidUnreadByte error
	ErrInvalidUnreadRune error
	ErrNegativeCount     error
	ErrFinalToken        error
)

// SplitFunc is the signature of the function that tokenizes a Scanner's input.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads input split into tokens (lines by default).
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
}

func NewScanner(r io.Reader) *Scanner
func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Split(split SplitFunc)
func (s *Scanner) Buffer(buf []byte, max int)

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

// Reader buffers an io.Reader.
type Reader struct {
	rd  io.Reader
	buf []byte
	r   int
	w   int
	err error

	lastByte     int // -1: nothing to unread
	lastRuneSize int // -1: no rune to unread
}

func NewReader(rd io.Reader) *Reader
func NewReaderSize(rd io.Reader, size int) *Reader
func (b *Reader) Read(p []byte) (n int, err error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) ReadBytes(delim byte) ([]byte, error)
func (b *Reader) Buffered() int
func (b *Reader) UnreadByte() error
func (b *Reader) UnreadRune() error
func (b *Reader) Peek(n int) ([]byte, error)
func (b *Reader) Discard(n int) (discarded int, err error)
func (b *Reader) ReadSlice(delim byte) (line []byte, err error)
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)
func (b *Reader) Size() int
func (b *Reader) Reset(r io.Reader)

// Writer buffers an io.Writer; Flush writes the buffer out.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

func NewWriter(w io.Writer) *Writer
func NewWriterSize(w io.Writer, size int) *Writer
func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteString(s string) (int, error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) Flush() error
func (b *Writer) Available() int
func (b *Writer) Buffered() int
