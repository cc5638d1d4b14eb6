"""Pictures of a PDF's pages, drawn by PDFium from the very bytes that will print, so
the print dialog's preview is exactly the printout."""

from __future__ import annotations

from PySide6.QtGui import QImage


def page_images(pdf: bytes, width_px: int, pages: int = 1) -> list[QImage]:
    """The first `pages` pages, each `width_px` wide."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(min(pages, len(doc))):
            page = doc[index]
            scale = width_px / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, no alpha
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            images.append(image.copy())  # own the pixels: PDFium's buffer goes with the page
            page.close()
        return images
    finally:
        doc.close()
