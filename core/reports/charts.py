"""Native Excel charts for the report (openpyxl), drawn from cells the sheet already shows.

Checked in LibreOffice: Chinese titles and labels survive; line series need ``smooth = False``
(LibreOffice draws openpyxl's default as a curve); axes need ``delete = False`` or newer
Excel hides them.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import (
    CharacterProperties,
    Paragraph,
    ParagraphProperties,
    RegularTextRun,
    RichTextProperties,
)
from openpyxl.worksheet.worksheet import Worksheet

WIDTH_CM, HEIGHT_CM = 16.0, 7.5


def line_chart(
    ws: Worksheet,
    title: str,
    y_title: str,
    *,
    cats: tuple[int, int, int],
    data: tuple[int, int, int],
    anchor: str,
    width: float = WIDTH_CM,
    height: float = HEIGHT_CM,
) -> LineChart:
    """A line chart of one column of figures over months.

    :param cats: (column, first row, last row) of the category labels (months)
    :param data: (column, header row, last row) of the series, header included (its name)
    """
    chart = LineChart()
    _common(chart, title, width, height)
    chart.y_axis.title = y_title
    chart.y_axis.number_format = "#,##0"
    chart.add_data(Reference(ws, min_col=data[0], min_row=data[1], max_row=data[2]), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=cats[0], min_row=cats[1], max_row=cats[2]))
    chart.x_axis.txPr = _text_properties(900, rotate=-45)
    for series in chart.series:
        series.smooth = False
        series.marker.symbol = "circle"
        series.marker.size = 6
        series.graphicalProperties.line.width = 28575  # 2.25 pt
    chart.legend = None
    ws.add_chart(chart, anchor)
    return chart


def bar_chart(
    ws: Worksheet,
    title: str,
    y_title: str,
    *,
    cats: tuple[int, int, int],
    data: tuple[int, int, int, int],
    anchor: str,
    horizontal: bool = False,
    labels: bool = True,
    names: tuple[str, ...] = (),
    width: float = WIDTH_CM,
    height: float = HEIGHT_CM,
) -> BarChart:
    """A clustered bar (or column) chart.

    :param data: (first column, header row, last column, last row) of the series, headers included
    :param names: the series' names in the legend (default: the header cells)
    :param labels: values on the bars (best with one series; two side by side overlap)
    """
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.grouping = "clustered"
    _common(chart, title, width, height)
    chart.y_axis.title = y_title
    chart.y_axis.number_format = "#,##0"
    chart.add_data(
        Reference(ws, min_col=data[0], min_row=data[1], max_col=data[2], max_row=data[3]), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=cats[0], min_row=cats[1], max_row=cats[2]))
    for series, name in zip(chart.series, names, strict=False):
        series.tx = SeriesLabel(v=name)
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"  # first category on top, as in the table
    if labels:
        chart.dataLabels = DataLabelList(
            numFmt="#,##0",
            showVal=True,
            showSerName=False,
            showCatName=False,
            showLegendKey=False,
            showPercent=False,
            showLeaderLines=False,
        )
    if len(chart.series) < 2:
        chart.legend = None
    else:
        chart.legend.position = "b"
    chart.gapWidth = 60
    ws.add_chart(chart, anchor)
    return chart


def _common(chart: LineChart | BarChart, title: str, width: float, height: float) -> None:
    chart.title = _title(title)
    chart.width, chart.height = width, height
    chart.style = 10
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _title(text: str, size: int = 1200) -> Title:
    """A chart title in 12 pt bold (the default is a loud 18 pt)."""
    props = CharacterProperties(sz=size, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _text_properties(size: int, *, rotate: int = 0) -> RichText:
    """Axis label text: ``size`` in hundredths of a point, rotated by ``rotate`` degrees."""
    body = RichTextProperties(rot=rotate * 60000, vert="horz") if rotate else RichTextProperties()
    paragraph = Paragraph(
        pPr=ParagraphProperties(defRPr=CharacterProperties(sz=size)), endParaRPr=CharacterProperties()
    )
    return RichText(bodyPr=body, p=[paragraph])
