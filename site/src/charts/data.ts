// The charts' data: the datasets of @acces-soins/data, the site's one source.
import { events, facilities, indicators, initiatives, metadata, organisations, sources, territories } from '@acces-soins/data';
import type { ChartData } from './records.ts';

export const chartData: ChartData = { metadata, territories, initiatives, events, organisations, indicators, facilities, sources };
