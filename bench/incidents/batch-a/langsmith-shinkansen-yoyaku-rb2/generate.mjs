// Travel-desk chat assistant (Japanese). A traveller books a Shinkansen seat over two turns of one
// thread (LangGraph MemorySaver keeps the history between turns). Real LangGraph + LangChainTracer,
// scripted model, virtual clock.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-04-07T01:12:09.000Z', 4712);

let searchCalls = 0;
const searchTrains = tool(async ({ from, to, date, depart_after }) => {
  searchCalls += 1;
  if (searchCalls === 1) {
    throw new Error('503 Service Unavailable: upstream seat-inventory gateway timed out after 10000 ms (req 7c1f-a2e9)');
  }
  return JSON.stringify({ from, to, date, results: [
    { train: 'のぞみ21号', train_no: 'N021', dep: '09:00', arr: '11:27', seats_left: { reserved_ordinary: 0, green: 4 },
      fare: { reserved_ordinary: '¥14,720', green: '¥19,590' } },
    { train: 'のぞみ23号', train_no: 'N023', dep: '09:09', arr: '11:36', seats_left: { reserved_ordinary: 37, green: 11 },
      fare: { reserved_ordinary: '¥14,720', green: '¥19,590' } },
    { train: 'のぞみ25号', train_no: 'N025', dep: '09:21', arr: '11:48', seats_left: { reserved_ordinary: 52, green: 15 },
      fare: { reserved_ordinary: '¥14,720', green: '¥19,590' } },
  ], depart_after });
}, { name: 'search_trains', description: '指定区間・日付の新幹線の空席と運賃を検索する。',
  schema: z.object({ from: z.string(), to: z.string(), date: z.string(), depart_after: z.string() }), latency: [300, 900] });

const reserveSeat = tool(async ({ train_no, date, car_class, seat_preference, fare_jpy, passengers }) => JSON.stringify({
  reservation_id: 'RSV-5Q8K-2207', train_no, date, car_class, seat: '9号車 12E', seat_preference, passengers,
  charged_jpy: fare_jpy * passengers, payment: 'corporate_card ****4417', status: 'confirmed' }),
{ name: 'reserve_seat', description: '座席を予約し、法人カードで決済する。fare_jpy は1名分の運賃（円、整数）。',
  schema: z.object({ train_no: z.string(), date: z.string(), car_class: z.enum(['reserved_ordinary', 'green']),
    seat_preference: z.enum(['window', 'aisle', 'any']), fare_jpy: z.number().int(), passengers: z.number().int().min(1) }),
  latency: [500, 1200] });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_yT4nB8qW2eLm6ZcR', name: 'search_trains',
    args: { from: '東京', to: '新大阪', date: '2025-04-12', depart_after: '09:00' } }] },
  { tool_calls: [{ id: 'call_aJ0sV5kD9pXh3GuN', name: 'search_trains',
    args: { from: '東京', to: '新大阪', date: '2025-04-12', depart_after: '09:00' } }] },
  { content: '4月12日（土）東京→新大阪、9時台の空席状況です（一時的に検索が混み合っていたため再検索しました）。\n'
    + '・のぞみ21号 09:00発→11:27着：普通車指定席は満席（グリーン車は残り4席、¥19,590）\n'
    + '・のぞみ23号 09:09発→11:36着：普通車指定席 残り37席、¥14,720\n'
    + '・のぞみ25号 09:21発→11:48着：普通車指定席 残り52席、¥14,720\n'
    + '普通車をご希望でしたら、のぞみ23号がいちばん早い便です。こちらで予約してよろしいですか？' },
  { tool_calls: [{ id: 'call_Mf7rE1cQ4wZo8HsT', name: 'reserve_seat', args: { train_no: 'N023', date: '2025-04-12',
    car_class: 'reserved_ordinary', seat_preference: 'window', fare_jpy: 14720, passengers: 1 } }] },
  { content: '予約が完了しました。\n予約番号：RSV-5Q8K-2207\nのぞみ23号 4月12日 東京09:09発→新大阪11:36着\n'
    + '9号車12E（窓側・普通車指定席）\nお支払い：¥14,720（法人カード ****4417）\n当日はお気をつけていってらっしゃいませ。' },
] });

const app = agentGraph({ model, tools: [searchTrains, reserveSeat], checkpointer: new MemorySaver(), name: 'travel_desk' });
const thread = 'td-7b2e91f0-4c3a';
const opts = { project: 'travel-desk-jp', metadata: { session_id: thread, user_id: 'emp-208831' }, configurable: { thread_id: thread } };

await traced(app, { messages: [
  new SystemMessage('あなたは社内出張デスクのアシスタントです。新幹線の検索・予約を行います。予約前に必ず利用者の確認を取ってください。'
    + '決済は法人カードで行います。'),
  new HumanMessage('4月12日の土曜に東京から新大阪まで行きます。朝9時以降の新幹線で、普通車の指定席を1席お願いします。'),
] }, opts);

advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('23号でお願いします。できれば窓側で。')] }, opts);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
