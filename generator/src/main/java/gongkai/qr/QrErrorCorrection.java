package gongkai.qr;

/**
 * How much of a page's QR code may be damaged and still scan (ISO/IEC 18004 levels: L 7%, M 15%, Q
 * 25%, H 30%). Higher levels need more modules for the same URL, so the printed code gets denser.
 */
public enum QrErrorCorrection {
  L,
  M,
  Q,
  H;

  /** DESIGN.md ("QR"): M survives a crease or a smudge on paper and keeps codes small. */
  public static final QrErrorCorrection DEFAULT = M;
}
