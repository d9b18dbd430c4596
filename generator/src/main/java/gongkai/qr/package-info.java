/** QR codes of page addresses, drawn at build time as one SVG path (ZXing is the test oracle). */
package gongkai.qr;
