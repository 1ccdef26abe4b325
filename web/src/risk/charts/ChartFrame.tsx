import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv, type CsvColumn } from './csv.ts';

export interface Column<Row> extends CsvColumn<Row> {
  /** What the table shows; the CSV always has the raw value. */
  display?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface Props<Row> {
  title: string;
  description?: ReactNode;
  /** File name of the CSV export, without .csv. */
  file: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** The chart; without one the frame is a table with its export. */
  children?: ReactNode;
  /** Start in the table view. */
  table?: boolean;
  headingLevel?: 2 | 3;
  /** A long table without a chart: shown on request. */
  collapsed?: boolean;
}

/**
 * Every chart has a table view and a CSV export: one frame for them all. The chart is drawn for the eye
 * (aria-hidden details, a text summary in its label); the table carries the same numbers for screen
 * readers, keyboards and copying.
 */
export function ChartFrame<Row>(p: Props<Row>) {
  const { t } = useTranslation('risk');
  const id = useId();
  const [asTable, setAsTable] = useState(p.table ?? !p.children);
  const [hidden, setHidden] = useState(p.collapsed ?? false);
  return (
    <section className="chart-frame" aria-labelledby={`${id}-h`}>
      <div className="chart-frame-head">
        <Heading level={p.headingLevel ?? 3} data-size="xs" id={`${id}-h`}>
          {p.title}
        </Heading>
        <div className="chart-frame-tools">
          {!p.children && p.collapsed && (
            <Button
              variant="secondary"
              data-size="sm"
              aria-expanded={!hidden}
              onClick={() => setHidden(!hidden)}
            >
              {hidden ? t('chart.showTable') : t('chart.hideTable')}
            </Button>
          )}
          {p.children && (
            <Button
              variant="secondary"
              data-size="sm"
              aria-pressed={asTable}
              onClick={() => setAsTable(!asTable)}
            >
              {asTable ? t('chart.showChart') : t('chart.showTable')}
            </Button>
          )}
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => downloadCsv(p.file, toCsv(p.columns, p.rows))}
          >
            {t('chart.csv')}
          </Button>
        </div>
      </div>
      {p.description && <Paragraph data-size="sm">{p.description}</Paragraph>}
      {hidden ? null : !asTable && p.children ? (
        <div className="chart-body">{p.children}</div>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={p.title}>
          <Table zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                {p.columns.map((c) => (
                  <Table.HeaderCell key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.label}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {p.rows.map((r) => (
                <Table.Row key={p.rowKey(r)}>
                  {p.columns.map((c) => (
                    <Table.Cell key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.display ? c.display(r) : String(c.value(r) ?? '')}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
